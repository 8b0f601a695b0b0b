package dev.dynasim.engine.table;

import dev.dynasim.engine.capacity.CapacityUnits;
import dev.dynasim.engine.capacity.OperationType;
import dev.dynasim.engine.capacity.ReadConsistency;
import dev.dynasim.engine.expr.CompiledExpressions;
import dev.dynasim.engine.expr.Expressions;
import dev.dynasim.engine.model.AttributeValue;
import dev.dynasim.engine.model.CancellationReason;
import dev.dynasim.engine.model.DynamoDbException;
import dev.dynasim.engine.model.ErrorCode;
import dev.dynasim.engine.model.Limits;
import dev.dynasim.engine.partition.Token;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.StringJoiner;

/**
 * TransactGetItems and TransactWriteItems: all-or-nothing over up to 100 items, every item read
 * or written twice (prepare and commit), so at double the units (F2.13). A failed condition
 * cancels the whole transaction with one reason per action (facts V13).
 */
final class TransactionOperations {
    private final Database db;

    TransactionOperations(Database db) {
        this.db = db;
    }

    TransactGetItemsResult get(TransactGetItemsRequest r) {
        List<TransactGetItem> actions = r.transactItems() == null ? List.of() : r.transactItems();
        checkCount(actions.size());
        List<Table> tables = new ArrayList<>();
        List<CompiledExpressions> compiled = new ArrayList<>();
        Set<List<Object>> seen = new HashSet<>();
        for (TransactGetItem a : actions) {
            if (a == null) {
                throw DynamoDbException.validation("1 validation error detected: Value null at 'transactItems.member' failed to satisfy constraint: Member must not be null");
            }
            compiled.add(Expressions.compile(new LegacyParameters().expressions(null, null, null, a.projectionExpression(),
                    null, a.expressionAttributeNames(), null)));
            Map<String, AttributeValue> key = Requests.orEmpty(a.key());
            ItemValidator.validateItem(key);
            Table table = db.table(a.tableName());
            ItemValidator.validateKey(table.spec, key);
            checkUnique(seen, table, key);
            tables.add(table);
            // transactions are authorised item by item, as the item actions they perform (AWS: "Using IAM with DynamoDB transactions")
            if (db.authorizing()) db.authorize("GetItem", table.name(), null, List.of(table.partitionKeyOf(key)),
                    ItemOperations.names(compiled.get(compiled.size() - 1).projection()), null, null);
        }
        List<Map<String, AttributeValue>> responses = new ArrayList<>();
        Map<String, CapacityTally> tallies = new LinkedHashMap<>();
        double[] units = new double[actions.size()];
        RequestAdmission admission = new RequestAdmission();
        for (int i = 0; i < actions.size(); i++) {
            StoredItem stored = tables.get(i).get(actions.get(i).key());
            units[i] = CapacityUnits.readUnits(stored == null ? 0 : stored.bytes(), ReadConsistency.TRANSACTIONAL);
            Token token = tables.get(i).store.token(tables.get(i).partitionKeyOf(actions.get(i).key()));
            tables.get(i).checkPageRead(null, token, true);
            admission.add(tables.get(i).partitions, token, OperationType.Read, units[i]);
        }
        admitWhole(tables.get(0), admission, actions.size());
        for (int i = 0; i < actions.size(); i++) {
            Table table = tables.get(i);
            StoredItem stored = table.get(actions.get(i).key());
            tallies.computeIfAbsent(table.name(), CapacityTally::new).addTable(units[i]);
            table.usage.read(units[i], 0, true);
            responses.add(stored == null ? null : ItemOperations.project(compiled.get(i).projection(), stored.attributes()));
        }
        return new TransactGetItemsResult(responses, reports(tallies, r.returnConsumedCapacity(), CapacityTally.UnitKind.READ, null));
    }

    TransactWriteItemsResult write(TransactWriteItemsRequest r) {
        List<TransactWriteItem> actions = r.transactItems() == null ? List.of() : r.transactItems();
        checkCount(actions.size());
        List<Prepared> prepared = new ArrayList<>();
        Set<List<Object>> seen = new HashSet<>();
        for (TransactWriteItem a : actions) prepared.add(prepare(a, seen));
        for (Prepared p : prepared) {
            String action = actionName(p.action().action());
            java.util.Set<String> names = p.action().item() != null ? p.action().item().keySet()
                    : p.compiled().update() != null ? p.compiled().update().topLevelNames() : null;
            if (db.authorizing()) db.authorize(action, p.table().name(), null, List.of(p.table().partitionKeyOf(p.key())), names, null, null);
        }
        List<StoredItem> afters = new ArrayList<>();
        for (Prepared p : prepared) afters.add(after(p));
        List<CancellationReason> reasons = new ArrayList<>();
        boolean cancelled = false;
        // every item's partition must be able to take the write (its leader serving, with a quorum) first
        for (Prepared p : prepared) p.table.checkWritable(p.table.store.token(p.table.partitionKeyOf(p.key)));
        for (Prepared p : prepared) {
            StoredItem before = p.table.get(p.key);
            boolean ok = p.compiled.condition() == null
                    || p.compiled.condition().test(before == null ? Map.of() : before.attributes());
            if (ok) {
                reasons.add(CancellationReason.none());
            } else {
                cancelled = true;
                Map<String, AttributeValue> item = p.action.returnValuesOnConditionCheckFailure() == ReturnValue.ALL_OLD
                        && before != null ? before.attributes() : null;
                reasons.add(new CancellationReason("ConditionalCheckFailed", ServiceMessages.CONDITIONAL_REQUEST_FAILED, item));
            }
        }
        if (cancelled) {
            StringJoiner codes = new StringJoiner(", ", "[", "]");
            for (CancellationReason reason : reasons) codes.add(reason.code());
            throw new DynamoDbException(ErrorCode.TransactionCanceledException,
                    ServiceMessages.TRANSACTION_CANCELLED + codes, null, reasons);
        }
        checkCollections(prepared, afters);
        List<WritePlan> plans = new ArrayList<>();
        RequestAdmission admission = new RequestAdmission();
        for (int i = 0; i < prepared.size(); i++) {
            Prepared p = prepared.get(i);
            if (p.action.action() == TransactAction.CONDITION_CHECK) {
                StoredItem current = p.table.get(p.key);
                admission.add(p.table.partitions, p.table.store.token(p.table.partitionKeyOf(p.key)), OperationType.Write,
                        conditionCheckUnits(current == null ? 0 : current.bytes()));
                plans.add(null);
            } else {
                WritePlan plan = p.table.plan(p.key, afters.get(i), true);
                p.table.addClaims(admission, plan);
                plans.add(plan);
            }
        }
        admitWhole(prepared.get(0).table, admission, prepared.size());
        Map<String, CapacityTally> tallies = new LinkedHashMap<>();
        Map<String, List<ItemCollectionMetrics>> metrics = new LinkedHashMap<>();
        for (int i = 0; i < prepared.size(); i++) {
            Prepared p = prepared.get(i);
            CapacityTally tally = tallies.computeIfAbsent(p.table.name(), CapacityTally::new);
            if (plans.get(i) == null) {
                StoredItem current = p.table.get(p.key);
                double units = conditionCheckUnits(current == null ? 0 : current.bytes());
                tally.addTable(units);
                p.table.usage.write(units, 0, true);
                continue;
            }
            WriteOutcome outcome = p.table.apply(plans.get(i));
            tally.add(outcome);
            p.table.usage.write(outcome.totalUnits(), outcome.totalUnits() - outcome.tableUnits(), true);
            ItemCollectionMetrics m = ItemOperations.collectionMetrics(p.table, p.key, r.returnItemCollectionMetrics());
            if (m != null) metrics.computeIfAbsent(p.table.name(), k -> new ArrayList<>()).add(m);
        }
        return new TransactWriteItemsResult(reports(tallies, r.returnConsumedCapacity(), CapacityTally.UnitKind.WRITE, actions.size()),
                metrics.isEmpty() ? null : metrics);
    }

    /**
     * Admits a whole transaction's capacity or cancels it: a throttled transaction is a
     * TransactionCanceledException whose every reason is ThrottlingError (facts V13 lists the code).
     */
    private void admitWhole(Table table, RequestAdmission admission, int actions) {
        try {
            table.admit(admission, db.now());
        } catch (DynamoDbException throttled) {
            if (throttled.throttlingReasons() == null) throw throttled;
            List<CancellationReason> reasons = new ArrayList<>();
            StringJoiner codes = new StringJoiner(", ", "[", "]");
            for (int i = 0; i < actions; i++) {
                reasons.add(new CancellationReason("ThrottlingError", throttled.getMessage(), null));
                codes.add("ThrottlingError");
            }
            throw new DynamoDbException(ErrorCode.TransactionCanceledException, ServiceMessages.TRANSACTION_CANCELLED + codes,
                    null, reasons);
        }
    }

    /**
     * Units of a ConditionCheck: a transactional read of the item in 4 KB blocks, prepared and
     * committed (oracle tx-conditioncheck-2500: a 2,500-byte item costs 4 units).
     */
    static double conditionCheckUnits(long bytes) {
        return CapacityUnits.TRANSACTIONAL_WRITE_FACTOR * CapacityUnits.readUnits(bytes, ReadConsistency.TRANSACTIONAL);
    }

    private record Prepared(TransactWriteItem action, Table table, Map<String, AttributeValue> key, CompiledExpressions compiled) {
    }

    private Prepared prepare(TransactWriteItem a, Set<List<Object>> seen) {
        if (a == null || a.action() == null) {
            throw DynamoDbException.validation("TransactItems can only contain one of Check, Put, Update or Delete");
        }
        Requests.returnValues(a.returnValuesOnConditionCheckFailure(), ItemOperations.PUT_OR_DELETE_RETURNS);
        CompiledExpressions compiled = Expressions.compile(new LegacyParameters().expressions(a.conditionExpression(), null,
                null, null, a.action() == TransactAction.UPDATE ? a.updateExpression() : null,
                a.expressionAttributeNames(), a.expressionAttributeValues()));
        Map<String, AttributeValue> keySource = a.action() == TransactAction.PUT ? Requests.orEmpty(a.item()) : Requests.orEmpty(a.key());
        ItemValidator.validateItem(keySource);
        Table table = db.table(a.tableName());
        if (a.action() == TransactAction.PUT) {
            ItemValidator.validateItemKeys(table.spec, keySource);
        } else {
            ItemValidator.validateKey(table.spec, keySource);
        }
        if (a.action() == TransactAction.UPDATE && compiled.update() == null) {
            throw DynamoDbException.validation("1 validation error detected: Value null at 'transactItems.member.update.updateExpression' failed to satisfy constraint: Member must not be null");
        }
        if (a.action() == TransactAction.CONDITION_CHECK && compiled.condition() == null) {
            throw DynamoDbException.validation("1 validation error detected: Value null at 'transactItems.member.conditionCheck.conditionExpression' failed to satisfy constraint: Member must not be null");
        }
        if (compiled.update() != null) Requests.checkKeyNotUpdated(table, compiled.update().topLevelNames());
        Map<String, AttributeValue> key = table.key().keyOf(keySource);
        checkUnique(seen, table, key);
        return new Prepared(a, table, key, compiled);
    }

    /** Checks every table's item collections against all of the transaction's writes at once. */
    private static void checkCollections(List<Prepared> prepared, List<StoredItem> afters) {
        Map<Table, List<Map<String, AttributeValue>>> keys = new LinkedHashMap<>();
        Map<Table, List<StoredItem>> images = new LinkedHashMap<>();
        for (int i = 0; i < prepared.size(); i++) {
            Prepared p = prepared.get(i);
            if (p.action.action() == TransactAction.CONDITION_CHECK) continue;
            keys.computeIfAbsent(p.table, t -> new ArrayList<>()).add(p.key);
            images.computeIfAbsent(p.table, t -> new ArrayList<>()).add(afters.get(i));
        }
        keys.forEach((table, k) -> table.checkCollections(k, images.get(table)));
    }

    private static StoredItem after(Prepared p) {
        return switch (p.action.action()) {
            case PUT -> StoredItem.of(p.action.item());
            case DELETE, CONDITION_CHECK -> null;
            case UPDATE -> {
                StoredItem before = p.table.get(p.key);
                Map<String, AttributeValue> start = before != null ? before.attributes() : new LinkedHashMap<>(p.key);
                Map<String, AttributeValue> changed = p.compiled.update().apply(start);
                ItemValidator.validateUpdatedItem(p.table.spec, changed, true);
                yield StoredItem.of(changed);
            }
        };
    }

    /** Checks the number of actions, worded as the oracle shows (transact-empty, transact-101-actions). */
    private static void checkCount(int n) {
        if (n < 1) {
            throw DynamoDbException.validation("Value [] at 'transactItems' failed to satisfy constraint: Member must have length greater than or equal to 1");
        }
        if (n > Limits.MAX_TRANSACTION_ITEMS) {
            throw DynamoDbException.validation("Member must have length less than or equal to " + Limits.MAX_TRANSACTION_ITEMS);
        }
    }

    private static void checkUnique(Set<List<Object>> seen, Table table, Map<String, AttributeValue> key) {
        List<Object> id = new ArrayList<>(BatchOperations.identity(table, key));
        id.add(0, table.name());
        if (!seen.add(id)) {
            throw DynamoDbException.validation("Transaction request cannot include multiple operations on one item");
        }
    }

    /** Per-table reports, listed in DynamoDB Local's order ({@link LocalOrder}). */
    private static List<ConsumedCapacity> reports(Map<String, CapacityTally> tallies, ReturnConsumedCapacity rcc,
                                                  CapacityTally.UnitKind kind, Integer localCapacity) {
        if (rcc == null || rcc == ReturnConsumedCapacity.NONE) return null;
        List<ConsumedCapacity> list = new ArrayList<>();
        for (CapacityTally t : tallies.values()) list.add(t.report(rcc, kind));
        return List.copyOf(LocalOrder.byTableName(list, ConsumedCapacity::tableName, localCapacity));
    }

    /** The IAM action a transaction's write performs (AWS, "Using IAM with DynamoDB transactions"). */
    static String actionName(TransactAction action) {
        return switch (action) {
            case PUT -> "PutItem";
            case UPDATE -> "UpdateItem";
            case DELETE -> "DeleteItem";
            case CONDITION_CHECK -> "ConditionCheckItem";
        };
    }
}
