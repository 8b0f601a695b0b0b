package dev.dynasim.engine.table;

import dev.dynasim.engine.capacity.CapacityUnits;
import dev.dynasim.engine.capacity.ReadConsistency;
import dev.dynasim.engine.expr.Expressions;
import dev.dynasim.engine.expr.ProjectionPaths;
import dev.dynasim.engine.model.AttributeValue;
import dev.dynasim.engine.model.DynamoDbException;
import dev.dynasim.engine.model.Limits;
import dev.dynasim.engine.partition.Token;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * BatchGetItem and BatchWriteItem: every item is processed as its own GetItem, PutItem or
 * DeleteItem and rounded separately (F2.6, F2.10); the whole batch is validated before any
 * item is read or written.
 */
final class BatchOperations {
    private final Database db;

    BatchOperations(Database db) {
        this.db = db;
    }

    BatchGetItemResult get(BatchGetItemRequest r) {
        Map<String, KeysAndAttributes> requested = Requests.orEmpty(r.requestItems());
        if (requested.isEmpty()) {
            throw DynamoDbException.validation("1 validation error detected: Value null at 'requestItems' failed to satisfy constraint: Member must have length greater than or equal to 1");
        }
        int total = 0;
        Map<String, ProjectionPaths> projections = new LinkedHashMap<>();
        for (Map.Entry<String, KeysAndAttributes> e : requested.entrySet()) {
            List<Map<String, AttributeValue>> keys = e.getValue() == null ? null : e.getValue().keys();
            if (keys == null || keys.isEmpty()) {
                throw DynamoDbException.validation("The list of keys in RequestItems for BatchGetItem is required: "
                        + e.getKey() + " has empty list");
            }
            total += keys.size();
            KeysAndAttributes ka = e.getValue();
            LegacyParameters legacy = new LegacyParameters();
            LegacyParameters.checkNotMixed(Map.of("AttributesToGet", ka.attributesToGet() != null),
                    Map.of("ProjectionExpression", ka.projectionExpression() != null));
            String projection = ka.projectionExpression() != null ? ka.projectionExpression() : legacy.projection(ka.attributesToGet());
            projections.put(e.getKey(), Expressions.compile(legacy.expressions(null, null, null, projection, null,
                    ka.expressionAttributeNames(), null)).projection());
        }
        if (total > Limits.MAX_BATCH_GET_ITEMS) {
            throw DynamoDbException.validation("Too many items requested for the BatchGetItem call");
        }
        Map<String, Table> tables = new LinkedHashMap<>();
        for (Map.Entry<String, KeysAndAttributes> e : requested.entrySet()) {
            Table table = db.table(e.getKey());
            Set<List<AttributeValue>> seen = new HashSet<>();
            for (Map<String, AttributeValue> key : e.getValue().keys()) {
                ItemValidator.validateItem(key);
                ItemValidator.validateKey(table.spec, key);
                if (!seen.add(identity(table, key))) {
                    throw DynamoDbException.validation("Provided list of item keys contains duplicates");
                }
            }
            tables.put(e.getKey(), table);
        }
        if (db.authorizing()) authorizeGets(requested, tables, projections);
        Map<String, List<Map<String, AttributeValue>>> responses = new LinkedHashMap<>();
        Map<String, KeysAndAttributes> unprocessed = new LinkedHashMap<>();
        List<ConsumedCapacity> consumed = new ArrayList<>();
        Unprocessed throttles = new Unprocessed(total);
        for (Map.Entry<String, KeysAndAttributes> e : requested.entrySet()) {
            Table table = tables.get(e.getKey());
            KeysAndAttributes ka = e.getValue();
            ReadConsistency consistency = ReadConsistency.of(ka.consistentRead());
            CapacityTally tally = new CapacityTally(table.name());
            List<Map<String, AttributeValue>> items = new ArrayList<>();
            List<Map<String, AttributeValue>> left = new ArrayList<>();
            for (Map<String, AttributeValue> key : LocalOrder.batchGetKeys(ka.keys())) {
                AttributeValue pk = table.partitionKeyOf(key);
                Token token = table.store.token(pk);
                VersionLog.Seen[] seen = new VersionLog.Seen[1];
                boolean strong = consistency == ReadConsistency.STRONG;
                if (!throttles.admitted(() -> {
                    seen[0] = table.readItem(token, pk, table.sortKeyOf(key), table.get(key), strong);
                    double units = CapacityUnits.readUnits(seen[0].item() == null ? 0 : seen[0].item().bytes(), consistency);
                    table.admitRead(null, token, units, db.now());
                    tally.addTable(units);
                })) {
                    left.add(key);
                    continue;
                }
                if (!strong) table.replication.countEventual(seen[0]);
                StoredItem stored = seen[0].item();
                if (stored != null) items.add(ItemOperations.project(projections.get(e.getKey()), stored.attributes()));
            }
            table.usage.read(tally.total(), tally.indexUnits(), false);
            responses.put(e.getKey(), items);
            if (!left.isEmpty()) {
                unprocessed.put(e.getKey(), new KeysAndAttributes(left, ka.consistentRead(), ka.projectionExpression(),
                        ka.expressionAttributeNames(), ka.attributesToGet()));
            }
            ConsumedCapacity c = tally.report(r.returnConsumedCapacity(), null);
            if (c != null) consumed.add(c);
        }
        throttles.throwIfAllThrottled();
        return new BatchGetItemResult(responses, unprocessed, consumed.isEmpty() ? null
                : List.copyOf(LocalOrder.byTableName(consumed, ConsumedCapacity::tableName, requested.size())));
    }

    /** Authorises a BatchGetItem table by table: the batch action, the partition keys, the projected names. */
    private void authorizeGets(Map<String, KeysAndAttributes> requested, Map<String, Table> tables, Map<String, ProjectionPaths> projections) {
        for (Map.Entry<String, KeysAndAttributes> e : requested.entrySet()) {
            Table table = tables.get(e.getKey());
            List<AttributeValue> partitionKeys = new ArrayList<>();
            for (Map<String, AttributeValue> key : e.getValue().keys()) partitionKeys.add(table.partitionKeyOf(key));
            db.authorize("BatchGetItem", table.name(), null, partitionKeys, ItemOperations.names(projections.get(e.getKey())), null, null);
        }
    }

    /** Authorises a BatchWriteItem table by table: the batch action, the partition keys, the names put. */
    private void authorizeWrites(Map<String, List<WriteRequest>> requested, Map<String, Table> tables) {
        for (Map.Entry<String, List<WriteRequest>> e : requested.entrySet()) {
            Table table = tables.get(e.getKey());
            List<AttributeValue> partitionKeys = new ArrayList<>();
            Set<String> attributes = new java.util.LinkedHashSet<>();
            for (WriteRequest w : e.getValue()) {
                Map<String, AttributeValue> keySource = w.putItem() != null ? w.putItem() : w.deleteKey();
                partitionKeys.add(table.partitionKeyOf(keySource));
                if (w.putItem() != null) attributes.addAll(w.putItem().keySet());
            }
            db.authorize("BatchWriteItem", table.name(), null, partitionKeys, attributes, null, null);
        }
    }

    BatchWriteItemResult write(BatchWriteItemRequest r) {
        Map<String, List<WriteRequest>> requested = Requests.orEmpty(r.requestItems());
        if (requested.isEmpty()) {
            throw DynamoDbException.validation("1 validation error detected: Value null at 'requestItems' failed to satisfy constraint: Member must have length greater than or equal to 1");
        }
        int total = 0;
        for (Map.Entry<String, List<WriteRequest>> e : requested.entrySet()) {
            if (e.getValue() == null || e.getValue().isEmpty()) {
                throw DynamoDbException.validation("The batch write request list for a table cannot be null or empty: " + e.getKey());
            }
            total += e.getValue().size();
        }
        if (total > Limits.MAX_BATCH_WRITE_ITEMS) {
            throw DynamoDbException.validation("Too many items requested for the BatchWriteItem call");
        }
        for (List<WriteRequest> writes : requested.values()) {
            for (WriteRequest w : writes) {
                if (w == null || (w.putItem() == null) == (w.deleteKey() == null)) {
                    throw DynamoDbException.validation(
                            "One or more parameter values were invalid: A WriteRequest must contain exactly one of PutRequest or DeleteRequest");
                }
                ItemValidator.validateItem(w.putItem() != null ? w.putItem() : Requests.orEmpty(w.deleteKey()));
            }
        }
        Map<String, Table> tables = new LinkedHashMap<>();
        for (Map.Entry<String, List<WriteRequest>> e : requested.entrySet()) {
            Table table = db.table(e.getKey());
            Set<List<AttributeValue>> seen = new HashSet<>();
            for (WriteRequest w : e.getValue()) {
                Map<String, AttributeValue> keySource;
                if (w.putItem() != null) {
                    ItemValidator.validateItemKeys(table.spec, w.putItem());
                    keySource = w.putItem();
                } else {
                    keySource = Requests.orEmpty(w.deleteKey());
                    ItemValidator.validateKey(table.spec, keySource);
                }
                if (!seen.add(identity(table, keySource))) {
                    throw DynamoDbException.validation("Provided list of item keys contains duplicates");
                }
            }
            tables.put(e.getKey(), table);
        }
        if (db.authorizing()) authorizeWrites(requested, tables);
        Map<String, List<Map<String, AttributeValue>>> keys = new LinkedHashMap<>();
        Map<String, List<StoredItem>> afters = new LinkedHashMap<>();
        for (Map.Entry<String, List<WriteRequest>> e : requested.entrySet()) {
            List<Map<String, AttributeValue>> k = keys.computeIfAbsent(e.getKey(), n -> new ArrayList<>());
            List<StoredItem> a = afters.computeIfAbsent(e.getKey(), n -> new ArrayList<>());
            for (WriteRequest w : e.getValue()) {
                k.add(w.putItem() != null ? w.putItem() : w.deleteKey());
                a.add(w.putItem() != null ? StoredItem.of(w.putItem()) : null);
            }
            tables.get(e.getKey()).checkCollections(k, a);
        }
        List<ConsumedCapacity> consumed = new ArrayList<>();
        Map<String, List<ItemCollectionMetrics>> metrics = new LinkedHashMap<>();
        Map<String, List<WriteRequest>> unprocessed = new LinkedHashMap<>();
        Unprocessed throttles = new Unprocessed(total);
        for (String name : requested.keySet()) {
            Table table = tables.get(name);
            CapacityTally tally = new CapacityTally(table.name());
            List<Map<String, AttributeValue>> k = keys.get(name);
            for (int i = 0; i < k.size(); i++) {
                WritePlan plan = table.plan(k.get(i), afters.get(name).get(i), false);
                if (!throttles.admitted(() -> table.admit(plan, db.now()))) {
                    unprocessed.computeIfAbsent(name, n -> new ArrayList<>()).add(requested.get(name).get(i));
                    continue;
                }
                tally.add(table.apply(plan));
                ItemCollectionMetrics m = ItemOperations.collectionMetrics(table, k.get(i), r.returnItemCollectionMetrics());
                if (m != null) metrics.computeIfAbsent(table.name(), n -> new ArrayList<>()).add(m);
            }
            table.usage.write(tally.total(), tally.indexUnits(), false);
            ConsumedCapacity c = tally.report(r.returnConsumedCapacity(), null);
            if (c != null) consumed.add(c);
        }
        throttles.throwIfAllThrottled();
        return new BatchWriteItemResult(unprocessed, consumed.isEmpty() ? null
                : List.copyOf(LocalOrder.byTableName(consumed, ConsumedCapacity::tableName, null)), metrics.isEmpty() ? null : metrics);
    }

    /** The key values of an item, in schema order, comparable across requests. */
    static List<AttributeValue> identity(Table table, Map<String, AttributeValue> item) {
        List<AttributeValue> id = new ArrayList<>(2);
        id.add(table.partitionKeyOf(item));
        if (table.key().sortKey() != null) id.add(item.get(table.key().sortKey().name()));
        return id;
    }
}
