package dev.dynasim.engine.table;

import dev.dynasim.engine.billing.TableClass;
import dev.dynasim.engine.capacity.DecreaseQuota;
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
        TableClass tableClass = tableClass(r.tableClass());
        if (db.tables().containsKey(spec.name())) throw ServiceMessages.tableExists(spec.name());
        Table t = new Table(spec, db.now(), db.account(), db::onDemandHotPartitionError, db::operation, db.keyHash(), db.replication());
        t.deletionProtection = Boolean.TRUE.equals(r.deletionProtectionEnabled());
        if (tableClass != null) {
            t.tableClass = tableClass;
            t.tableClassSetAt = db.now();
        }
        t.operationDetail(db.operationDetail());
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

    /**
     * UpdateTable: every part of the request is checked before anything changes, so a rejected
     * request leaves the table as it was. As in DynamoDB, one GSI at a time may be created or
     * deleted.
     */
    TableDescription update(UpdateTableRequest r) {
        Table t = db.table(r.tableName());
        TableSpec spec = t.spec;
        BillingMode mode = r.billingMode() == null ? spec.billingMode() : TableDefinitions.billingMode(r.billingMode());
        ProvisionedThroughput throughput = throughput(spec, mode, r.provisionedThroughput());
        TableClass tableClass = tableClass(r.tableClass());
        Map<String, ScalarType> definitions = new LinkedHashMap<>(spec.attributeDefinitions());
        if (r.attributeDefinitions() != null) {
            for (Map.Entry<String, ScalarType> d : TableDefinitions.attributeTypes(r.attributeDefinitions()).entrySet()) {
                ScalarType existing = definitions.putIfAbsent(d.getKey(), d.getValue());
                if (existing != null && existing != d.getValue()) {
                    throw DynamoDbException.validation("One or more parameter values were invalid: Attribute " + d.getKey()
                            + " is already defined with type " + existing);
                }
            }
        }
        List<IndexDefinition> creates = r.createGlobalSecondaryIndexes() == null ? List.of() : r.createGlobalSecondaryIndexes();
        List<String> deletes = r.deleteGlobalSecondaryIndexes() == null ? List.of() : r.deleteGlobalSecondaryIndexes();
        if (creates.size() + deletes.size() > 1) {
            throw new DynamoDbException(ErrorCode.LimitExceededException,
                    "Subscriber limit exceeded: Only 1 online index can be created or deleted simultaneously per table");
        }
        List<IndexSpec> globals = new ArrayList<>();
        for (IndexSpec g : spec.globalIndexes()) globals.add(withThroughput(g, r.updateGlobalSecondaryIndexes(), mode));
        SecondaryIndex added = null;
        for (IndexDefinition d : creates) {
            IndexSpec index = TableDefinitions.globalIndex(d, definitions, mode);
            if (t.indexes.containsKey(index.name())) {
                throw DynamoDbException.validation("One or more parameter values were invalid: Index name " + index.name() + " already exists");
            }
            globals.add(index);
            added = t.backfilled(index, mode, db.now());
        }
        for (String name : deletes) {
            SecondaryIndex existing = t.indexes.get(name);
            if (existing == null || !existing.spec.global()) {
                throw new DynamoDbException(ErrorCode.ResourceNotFoundException, "Requested resource not found: Index: " + name + " not found");
            }
            globals.removeIf(g -> g.name().equals(name));
        }
        boolean staysProvisioned = spec.billingMode() == BillingMode.PROVISIONED && mode == BillingMode.PROVISIONED;
        List<SecondaryIndex> lowered = staysProvisioned ? loweredIndexes(t, globals) : List.of();
        if (staysProvisioned) checkDecreaseQuotas(t, decreases(spec.throughput(), throughput), lowered);
        // nothing above has changed the table; from here on the request is applied
        if (staysProvisioned) {
            recordChange(t, spec.throughput(), throughput);
            for (SecondaryIndex index : lowered) index.decreases.record(db.now());
        }
        if (mode == BillingMode.PAY_PER_REQUEST && spec.billingMode() != BillingMode.PAY_PER_REQUEST) {
            t.lastUpdateToPayPerRequestAt = db.now();
        }
        for (String name : deletes) t.indexes.remove(name);
        if (added != null) t.addIndex(added);
        t.spec = new TableSpec(spec.name(), spec.keySchema(), definitions, mode, throughput, globals, spec.localIndexes());
        t.reprovision(mode, throughput, globals, added, db.now());
        if (r.deletionProtectionEnabled() != null) t.deletionProtection = r.deletionProtectionEnabled();
        if (tableClass != null) {
            t.tableClass = tableClass;
            t.tableClassSetAt = db.now();
        }
        return describe(t, "ACTIVE");
    }

    /** A table class by its DynamoDB name (null: not given). */
    private static TableClass tableClass(String name) {
        if (name == null) return null;
        try {
            return TableClass.valueOf(name);
        } catch (IllegalArgumentException e) {
            throw DynamoDbException.validation("1 validation error detected: Value '" + name + "' at 'tableClass' failed to satisfy "
                    + "constraint: Member must satisfy enum value set: [STANDARD, STANDARD_INFREQUENT_ACCESS]");
        }
    }

    private static ProvisionedThroughput throughput(TableSpec spec, BillingMode mode, ProvisionedThroughput requested) {
        if (mode == BillingMode.PAY_PER_REQUEST) {
            if (requested != null) throw DynamoDbException.validation(TableDefinitions.THROUGHPUT_ON_DEMAND);
            return ProvisionedThroughput.NONE;
        }
        if (requested != null) {
            TableDefinitions.checkThroughput(requested);
            return requested;
        }
        if (spec.billingMode() == BillingMode.PAY_PER_REQUEST) {
            throw DynamoDbException.validation("One or more parameter values were invalid: ProvisionedThroughput must be specified when BillingMode is PROVISIONED");
        }
        return spec.throughput();
    }

    private static IndexSpec withThroughput(IndexSpec g, Map<String, ProvisionedThroughput> updates, BillingMode mode) {
        ProvisionedThroughput t = updates == null ? null : updates.get(g.name());
        if (t == null && mode == BillingMode.PAY_PER_REQUEST) return new IndexSpec(g.name(), true, g.keySchema(), g.projection(), null);
        if (t == null && g.throughput() == null) {
            throw DynamoDbException.validation("One or more parameter values were invalid: ProvisionedThroughput should be specified for index: "
                    + g.name() + " when BillingMode is PROVISIONED");
        }
        if (t == null) return g;
        if (mode == BillingMode.PAY_PER_REQUEST) throw DynamoDbException.validation(TableDefinitions.THROUGHPUT_ON_DEMAND);
        TableDefinitions.checkThroughput(t);
        return new IndexSpec(g.name(), true, g.keySchema(), g.projection(), t);
    }

    private void recordChange(Table t, ProvisionedThroughput before, ProvisionedThroughput after) {
        if (increases(before, after)) t.lastIncreaseAt = db.now();
        if (decreases(before, after)) {
            t.lastDecreaseAt = db.now();
            t.decreases.record(db.now());
        }
    }

    /** The table's existing GSIs, still there after the request, whose provisioned throughput it lowers. */
    private static List<SecondaryIndex> loweredIndexes(Table t, List<IndexSpec> after) {
        List<SecondaryIndex> lowered = new ArrayList<>();
        for (IndexSpec g : after) {
            SecondaryIndex index = t.indexes.get(g.name());
            if (index == null || !index.spec.global()) continue;
            ProvisionedThroughput before = t.spec.globalIndexes().stream().filter(i -> i.name().equals(g.name()))
                    .map(IndexSpec::throughput).findFirst().orElse(null);
            if (before != null && g.throughput() != null && decreases(before, g.throughput())) lowered.add(index);
        }
        return lowered;
    }

    /**
     * Refuses the whole request when a decrease it makes, of the table's throughput or of any GSI's,
     * is beyond that one's own daily quota (P12), when the database enforces it (a simulation does;
     * DynamoDB Local, which the api mirrors, does not). Called before any part of the request is
     * applied. The rule is the facts file's; the wording follows LimitExceededException's
     * "Subscriber limit exceeded" form.
     */
    private void checkDecreaseQuotas(Table t, boolean tableDecreases, List<SecondaryIndex> lowered) {
        if (!db.enforcesDecreaseQuota()) return;
        long now = db.now();
        if (tableDecreases && !t.decreases.allows(now)) throw decreaseQuotaExceeded("", t.decreases.madeOn(now));
        for (SecondaryIndex index : lowered) {
            if (!index.decreases.allows(now)) throw decreaseQuotaExceeded(" of index " + index.spec.name(), index.decreases.madeOn(now));
        }
    }

    private static DynamoDbException decreaseQuotaExceeded(String ofWhat, int madeToday) {
        return new DynamoDbException(ErrorCode.LimitExceededException, "Subscriber limit exceeded: Provisioned throughput decreases"
                + ofWhat + " are limited within a given UTC day: " + DecreaseQuota.FREE_DECREASES + " at any time, then one an hour "
                + "after the last. Number of decreases today: " + madeToday);
    }

    private static boolean increases(ProvisionedThroughput before, ProvisionedThroughput after) {
        return after.readCapacityUnits() > before.readCapacityUnits() || after.writeCapacityUnits() > before.writeCapacityUnits();
    }

    private static boolean decreases(ProvisionedThroughput before, ProvisionedThroughput after) {
        return after.readCapacityUnits() < before.readCapacityUnits() || after.writeCapacityUnits() < before.writeCapacityUnits();
    }

    TableDescription describe(Table t, String status) {
        List<IndexDescription> globals = new ArrayList<>();
        List<IndexDescription> locals = new ArrayList<>();
        for (IndexSpec spec : TableDefinitions.dynamoDbLocalOrder(t.spec.globalIndexes())) globals.add(describe(t, spec));
        for (IndexSpec spec : TableDefinitions.dynamoDbLocalOrder(t.spec.localIndexes())) locals.add(describe(t, spec));
        return new TableDescription(t.spec, status, t.createdAt, t.sizeBytes, t.itemCount, db.account().tableArn(t.name()),
                globals, locals, t.deletionProtection, t.lastIncreaseAt, t.lastDecreaseAt, t.decreases.madeOn(db.now()),
                t.lastUpdateToPayPerRequestAt, t.tableClassSetAt < 0 ? null : t.tableClass.name(), t.tableClassSetAt);
    }

    private IndexDescription describe(Table t, IndexSpec spec) {
        SecondaryIndex i = t.indexes.get(spec.name());
        return new IndexDescription(spec, "ACTIVE", i.sizeBytes, i.itemCount, db.account().indexArn(t.name(), spec.name()),
                spec.global() ? i.decreases.madeOn(db.now()) : 0);
    }
}
