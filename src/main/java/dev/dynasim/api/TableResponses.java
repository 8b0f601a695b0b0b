package dev.dynasim.api;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.dynasim.engine.model.BillingMode;
import dev.dynasim.engine.model.IndexSpec;
import dev.dynasim.engine.model.KeySchema;
import dev.dynasim.engine.table.AccountLimits;
import dev.dynasim.engine.model.Projection;
import dev.dynasim.engine.model.ProjectionType;
import dev.dynasim.engine.model.ProvisionedThroughput;
import dev.dynasim.engine.model.ScalarType;
import dev.dynasim.engine.model.TableSpec;
import dev.dynasim.engine.table.IndexDescription;
import dev.dynasim.engine.table.ListTablesResult;
import dev.dynasim.engine.table.TableDescription;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/** Encodes table descriptions, ListTables and DescribeLimits in AWS's exact response shapes. */
final class TableResponses {

    /** {@code {"TableDescription": ...}} (CreateTable, UpdateTable, DeleteTable) or {@code {"Table": ...}} (DescribeTable). */
    ObjectNode wrap(String member, TableDescription description) {
        ObjectNode body = WireJson.object();
        body.set(member, description(description));
        return body;
    }

    /** One TableDescription object. */
    ObjectNode description(TableDescription d) {
        TableSpec spec = d.spec();
        ObjectNode t = WireJson.object();
        ArrayNode definitions = t.putArray("AttributeDefinitions");
        for (Map.Entry<String, ScalarType> e : spec.attributeDefinitions().entrySet()) {
            ObjectNode def = definitions.addObject();
            def.put("AttributeName", e.getKey());
            def.put("AttributeType", e.getValue().name());
        }
        t.put("TableName", spec.name());
        t.set("KeySchema", keySchema(spec.keySchema()));
        t.put("TableStatus", d.tableStatus());
        t.put("CreationDateTime", seconds(d.creationDateTime()));
        ObjectNode throughput = t.putObject("ProvisionedThroughput");
        throughput.put("LastIncreaseDateTime", seconds(d.lastIncreaseDateTime()));
        throughput.put("LastDecreaseDateTime", seconds(d.lastDecreaseDateTime()));
        throughput.put("NumberOfDecreasesToday", d.numberOfDecreasesToday());
        ProvisionedThroughput units = spec.throughput() == null ? ProvisionedThroughput.NONE : spec.throughput();
        throughput.put("ReadCapacityUnits", units.readCapacityUnits());
        throughput.put("WriteCapacityUnits", units.writeCapacityUnits());
        t.put("TableSizeBytes", d.tableSizeBytes());
        t.put("ItemCount", d.itemCount());
        t.put("TableArn", d.tableArn());
        if (spec.billingMode() == BillingMode.PAY_PER_REQUEST || d.lastUpdateToPayPerRequestDateTime() >= 0) {
            ObjectNode billing = t.putObject("BillingModeSummary");
            billing.put("BillingMode", spec.billingMode().name());
            billing.put("LastUpdateToPayPerRequestDateTime", seconds(Math.max(0, d.lastUpdateToPayPerRequestDateTime())));
        }
        if (d.localSecondaryIndexes() != null && !d.localSecondaryIndexes().isEmpty()) {
            t.set("LocalSecondaryIndexes", indexes(spec.name(), d.localSecondaryIndexes()));
        }
        if (d.globalSecondaryIndexes() != null && !d.globalSecondaryIndexes().isEmpty()) {
            t.set("GlobalSecondaryIndexes", indexes(spec.name(), d.globalSecondaryIndexes()));
        }
        if (d.tableClass() != null) {
            ObjectNode summary = t.putObject("TableClassSummary");
            summary.put("TableClass", d.tableClass());
            summary.put("LastUpdateDateTime", seconds(d.tableClassLastUpdateDateTime()));
        }
        t.put("DeletionProtectionEnabled", d.deletionProtectionEnabled());
        return t;
    }

    /** ListTables: TableNames and, when there are more, LastEvaluatedTableName. */
    static ObjectNode listTables(ListTablesResult result) {
        ObjectNode body = WireJson.object();
        ArrayNode names = body.putArray("TableNames");
        for (String name : result.tableNames()) names.add(name);
        if (result.lastEvaluatedTableName() != null) body.put("LastEvaluatedTableName", result.lastEvaluatedTableName());
        return body;
    }

    /** DescribeLimits, from the engine's default account and table maxima. */
    static ObjectNode describeLimits(AccountLimits limits) {
        ObjectNode body = WireJson.object();
        body.put("AccountMaxReadCapacityUnits", limits.accountMaxReadCapacityUnits());
        body.put("AccountMaxWriteCapacityUnits", limits.accountMaxWriteCapacityUnits());
        body.put("TableMaxReadCapacityUnits", limits.tableMaxReadCapacityUnits());
        body.put("TableMaxWriteCapacityUnits", limits.tableMaxWriteCapacityUnits());
        return body;
    }

    private ArrayNode indexes(String tableName, List<IndexDescription> indexes) {
        ArrayNode list = WireJson.mapper().createArrayNode();
        for (IndexDescription index : indexes) {
            IndexSpec spec = index.spec();
            ObjectNode i = list.addObject();
            i.put("IndexName", spec.name());
            i.set("KeySchema", keySchema(spec.keySchema()));
            i.set("Projection", projection(spec.projection()));
            if (spec.global()) {
                i.put("IndexStatus", index.indexStatus());
                if (spec.throughput() != null && !spec.throughput().equals(ProvisionedThroughput.NONE)) {
                    ObjectNode t = i.putObject("ProvisionedThroughput");
                    t.put("NumberOfDecreasesToday", index.numberOfDecreasesToday());
                    t.put("ReadCapacityUnits", spec.throughput().readCapacityUnits());
                    t.put("WriteCapacityUnits", spec.throughput().writeCapacityUnits());
                }
            }
            i.put("IndexSizeBytes", index.indexSizeBytes());
            i.put("ItemCount", index.itemCount());
            i.put("IndexArn", index.indexArn());
        }
        return list;
    }

    private static ArrayNode keySchema(KeySchema schema) {
        ArrayNode list = WireJson.mapper().createArrayNode();
        ObjectNode hash = list.addObject();
        hash.put("AttributeName", schema.partitionKey().name());
        hash.put("KeyType", "HASH");
        if (schema.sortKey() != null) {
            ObjectNode range = list.addObject();
            range.put("AttributeName", schema.sortKey().name());
            range.put("KeyType", "RANGE");
        }
        return list;
    }

    private static ObjectNode projection(Projection projection) {
        ObjectNode p = WireJson.object();
        p.put("ProjectionType", projection.type().name());
        if (projection.type() == ProjectionType.INCLUDE) {
            ArrayNode names = p.putArray("NonKeyAttributes");
            for (String name : projection.nonKeyAttributes()) names.add(name);
        }
        return p;
    }

    /** Epoch seconds, with milliseconds as decimals, from simulated milliseconds. */
    static BigDecimal seconds(long millis) {
        return BigDecimal.valueOf(millis, 3).stripTrailingZeros();
    }
}
