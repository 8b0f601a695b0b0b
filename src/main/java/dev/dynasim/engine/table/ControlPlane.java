package dev.dynasim.engine.table;

import dev.dynasim.engine.model.BillingMode;
import dev.dynasim.engine.model.DynamoDbException;
import dev.dynasim.engine.model.ErrorCode;
import dev.dynasim.engine.model.IndexSpec;
import dev.dynasim.engine.model.ProvisionedThroughput;
import dev.dynasim.engine.model.ScalarType;
import dev.dynasim.engine.model.TableSpec;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The control plane: CreateTable, UpdateTable, ListTables and the descriptions they answer
 * with. Tables become ACTIVE at once (DynamoDB Local does the same; the real service takes
 * seconds).
 */
final class ControlPlane {
    /** Most names one ListTables page returns (API_ListTables). */
    private static final int MAX_LIST_TABLES = 100;

    private final Database db;

    ControlPlane(Database db) {
        this.db = db;
    }

    TableDescription create(CreateTableRequest r) {
        TableSpec spec = TableDefinitions.fromCreateTable(r);
        if (db.tables().containsKey(spec.name())) throw ServiceMessages.tableExists(spec.name());
        Table t = new Table(spec, db.now());
        t.deletionProtection = Boolean.TRUE.equals(r.deletionProtectionEnabled());
        db.tables().put(spec.name(), t);
        return describe(t, "ACTIVE");
    }

    ListTablesResult list(String exclusiveStart, Integer limit) {
        if (limit != null && (limit < 1 || limit > MAX_LIST_TABLES)) {
            throw DynamoDbException.validation("1 validation error detected: Value '" + limit
                    + "' at 'limit' failed to satisfy constraint: Member must have value "
                    + (limit < 1 ? "greater than or equal to 1" : "less than or equal to " + MAX_LIST_TABLES));
        }
        int max = limit == null ? MAX_LIST_TABLES : limit;
        var names = exclusiveStart == null ? db.tables().navigableKeySet() : db.tables().navigableKeySet().tailSet(exclusiveStart, false);
        List<String> page = new ArrayList<>();
        for (String n : names) {
            if (page.size() == max) break;
            page.add(n);
        }
        boolean more = !page.isEmpty() && page.size() == max
                && db.tables().higherKey(page.get(page.size() - 1)) != null;
        return new ListTablesResult(page, more ? page.get(page.size() - 1) : null);
    }

    TableDescription update(UpdateTableRequest r) {
        Table t = db.table(r.tableName());
        TableSpec spec = t.spec;
        BillingMode mode = spec.billingMode();
        if (r.billingMode() != null) mode = TableDefinitions.billingMode(r.billingMode());
        ProvisionedThroughput throughput = spec.throughput();
        if (mode == BillingMode.PAY_PER_REQUEST) {
            if (r.provisionedThroughput() != null) {
                throw DynamoDbException.validation("One or more parameter values were invalid: Neither ReadCapacityUnits nor WriteCapacityUnits can be specified when BillingMode is PAY_PER_REQUEST");
            }
            if (spec.billingMode() != BillingMode.PAY_PER_REQUEST) t.lastUpdateToPayPerRequestAt = db.now();
            throughput = ProvisionedThroughput.NONE;
        } else if (r.provisionedThroughput() != null) {
            TableDefinitions.checkThroughput(r.provisionedThroughput());
            throughput = r.provisionedThroughput();
        } else if (spec.billingMode() == BillingMode.PAY_PER_REQUEST) {
            throw DynamoDbException.validation("One or more parameter values were invalid: ProvisionedThroughput must be specified when BillingMode is PROVISIONED");
        }
        recordChange(t, spec.throughput(), throughput);
        List<IndexSpec> globals = new ArrayList<>(spec.globalIndexes());
        Map<String, ScalarType> definitions = new LinkedHashMap<>(spec.attributeDefinitions());
        if (r.attributeDefinitions() != null) definitions.putAll(TableDefinitions.attributeTypes(r.attributeDefinitions()));
        List<IndexSpec> added = new ArrayList<>();
        if (r.createGlobalSecondaryIndexes() != null) {
            for (IndexDefinition d : r.createGlobalSecondaryIndexes()) {
                IndexSpec index = TableDefinitions.globalIndex(d, definitions, mode);
                if (t.indexes.containsKey(index.name())) {
                    throw DynamoDbException.validation("One or more parameter values were invalid: Index name " + index.name() + " already exists");
                }
                globals.add(index);
                added.add(index);
            }
        }
        if (r.deleteGlobalSecondaryIndexes() != null) {
            for (String name : r.deleteGlobalSecondaryIndexes()) {
                SecondaryIndex existing = t.indexes.get(name);
                if (existing == null || !existing.spec.global()) {
                    throw new DynamoDbException(ErrorCode.ResourceNotFoundException,
                            "Requested resource not found: Index: " + name + " not found");
                }
                globals.removeIf(g -> g.name().equals(name));
                t.indexes.remove(name);
            }
        }
        t.spec = new TableSpec(spec.name(), spec.keySchema(), definitions, mode, throughput, globals, spec.localIndexes());
        for (IndexSpec index : added) t.backfill(index);
        if (r.deletionProtectionEnabled() != null) t.deletionProtection = r.deletionProtectionEnabled();
        return describe(t, "ACTIVE");
    }

    private void recordChange(Table t, ProvisionedThroughput before, ProvisionedThroughput after) {
        boolean up = after.readCapacityUnits() > before.readCapacityUnits() || after.writeCapacityUnits() > before.writeCapacityUnits();
        boolean down = after.readCapacityUnits() < before.readCapacityUnits() || after.writeCapacityUnits() < before.writeCapacityUnits();
        if (up) t.lastIncreaseAt = db.now();
        if (down) {
            t.lastDecreaseAt = db.now();
            t.decreasesToday++;
        }
    }

    TableDescription describe(Table t, String status) {
        List<IndexDescription> globals = new ArrayList<>();
        List<IndexDescription> locals = new ArrayList<>();
        for (IndexSpec spec : TableDefinitions.dynamoDbLocalOrder(t.spec.globalIndexes())) globals.add(describe(t, spec));
        for (IndexSpec spec : TableDefinitions.dynamoDbLocalOrder(t.spec.localIndexes())) locals.add(describe(t, spec));
        return new TableDescription(t.spec, status, t.createdAt, t.sizeBytes, t.itemCount, db.account().tableArn(t.name()),
                globals, locals, t.deletionProtection, t.lastIncreaseAt, t.lastDecreaseAt, t.decreasesToday,
                t.lastUpdateToPayPerRequestAt);
    }

    private IndexDescription describe(Table t, IndexSpec spec) {
        SecondaryIndex i = t.indexes.get(spec.name());
        return new IndexDescription(spec, "ACTIVE", i.sizeBytes, i.itemCount, db.account().indexArn(t.name(), spec.name()));
    }
}
