package dev.dynasim.api;

import dev.dynasim.engine.model.ProvisionedThroughput;
import dev.dynasim.engine.table.AttributeDefinition;
import dev.dynasim.engine.table.CreateTableRequest;
import dev.dynasim.engine.table.IndexDefinition;
import dev.dynasim.engine.table.KeySchemaElement;
import dev.dynasim.engine.table.UpdateTableRequest;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Decodes the control-plane requests (CreateTable, UpdateTable, table names, ListTables paging). */
final class TableRequests {
    /** Largest ListTables page (ListTables API reference: Limit 1 to 100). */
    static final int MAX_LIST_TABLES_LIMIT = 100;

    private TableRequests() {
    }

    /** CreateTable. */
    static CreateTableRequest create(WireRequest r) {
        CreateTableRequest request = new CreateTableRequest(r.requiredString("TableName"),
                attributeDefinitions(r), keySchema(r), r.enumText("BillingMode", WireEnums.BILLING_MODE),
                throughput(r.object("ProvisionedThroughput")), indexes(r, "GlobalSecondaryIndexes"),
                indexes(r, "LocalSecondaryIndexes"), r.optBool("DeletionProtectionEnabled"), r.enumText("TableClass", WireEnums.TABLE_CLASS));
        r.violations().throwIfAny();
        return request;
    }

    /** UpdateTable. */
    static UpdateTableRequest update(WireRequest r) {
        List<IndexDefinition> creates = null;
        List<String> deletes = null;
        Map<String, ProvisionedThroughput> updates = null;
        List<WireRequest> gsiUpdates = r.objects("GlobalSecondaryIndexUpdates");
        if (gsiUpdates != null) {
            creates = new ArrayList<>();
            deletes = new ArrayList<>();
            updates = new LinkedHashMap<>();
            for (WireRequest u : gsiUpdates) {
                WireRequest create = u.object("Create");
                WireRequest delete = u.object("Delete");
                WireRequest update = u.object("Update");
                if (create != null) creates.add(index(create));
                if (delete != null) deletes.add(delete.requiredString("IndexName"));
                if (update != null) {
                    updates.put(update.requiredString("IndexName"), throughput(update.object("ProvisionedThroughput")));
                }
            }
        }
        UpdateTableRequest request = new UpdateTableRequest(r.requiredString("TableName"),
                r.node("AttributeDefinitions") == null ? null : attributeDefinitions(r),
                r.enumText("BillingMode", WireEnums.BILLING_MODE), throughput(r.object("ProvisionedThroughput")),
                creates, deletes, updates, r.optBool("DeletionProtectionEnabled"), r.enumText("TableClass", WireEnums.TABLE_CLASS));
        r.violations().throwIfAny();
        return request;
    }

    /** The required TableName of DescribeTable and DeleteTable. */
    static String tableName(WireRequest r) {
        String name = r.requiredString("TableName");
        r.violations().throwIfAny();
        return name;
    }

    /** The Limit of ListTables, 1 to 100, or null. */
    static Integer listLimit(WireRequest r) {
        Integer limit = r.integer("Limit");
        if (limit != null && limit < 1) {
            r.violations().add(limit.toString(), r.path("Limit"), "Member must have value greater than or equal to 1");
        } else if (limit != null && limit > MAX_LIST_TABLES_LIMIT) {
            r.violations().add(limit.toString(), r.path("Limit"),
                    "Member must have value less than or equal to " + MAX_LIST_TABLES_LIMIT);
        }
        r.violations().throwIfAny();
        return limit;
    }

    private static List<AttributeDefinition> attributeDefinitions(WireRequest r) {
        List<WireRequest> list = r.objects("AttributeDefinitions");
        if (list == null) {
            r.violations().add(null, r.path("AttributeDefinitions"), "Member must not be null");
            return List.of();
        }
        List<AttributeDefinition> result = new ArrayList<>(list.size());
        for (WireRequest d : list) {
            result.add(new AttributeDefinition(d.requiredString("AttributeName"), d.requiredString("AttributeType")));
        }
        return result;
    }

    private static List<KeySchemaElement> keySchema(WireRequest r) {
        List<WireRequest> list = r.objects("KeySchema");
        if (list == null) {
            r.violations().add(null, r.path("KeySchema"), "Member must not be null");
            return List.of();
        }
        List<KeySchemaElement> result = new ArrayList<>(list.size());
        for (WireRequest k : list) {
            result.add(new KeySchemaElement(k.requiredString("AttributeName"), k.requiredString("KeyType")));
        }
        return result;
    }

    private static List<IndexDefinition> indexes(WireRequest r, String name) {
        List<WireRequest> list = r.objects(name);
        if (list == null) return null;
        List<IndexDefinition> result = new ArrayList<>(list.size());
        for (WireRequest i : list) result.add(index(i));
        return result;
    }

    private static IndexDefinition index(WireRequest i) {
        WireRequest projection = i.object("Projection");
        if (projection == null) i.violations().add(null, i.path("Projection"), "Member must not be null");
        return new IndexDefinition(i.requiredString("IndexName"), keySchema(i),
                projection == null ? null : projection.string("ProjectionType"),
                projection == null ? null : projection.strings("NonKeyAttributes"),
                throughput(i.object("ProvisionedThroughput")));
    }

    private static ProvisionedThroughput throughput(WireRequest t) {
        if (t == null) return null;
        Long read = units(t, "ReadCapacityUnits");
        Long write = units(t, "WriteCapacityUnits");
        return read == null || write == null ? null : new ProvisionedThroughput(read, write);
    }

    private static Long units(WireRequest t, String name) {
        Long units = t.longValue(name);
        if (units == null) {
            t.violations().add(null, t.path(name), "Member must not be null");
        } else if (units < 1) {
            t.violations().add(units.toString(), t.path(name), "Member must have value greater than or equal to 1");
        }
        return units;
    }
}
