package dev.dynasim.engine.sim;

import dev.dynasim.engine.billing.AutoScalingPolicy;
import dev.dynasim.engine.billing.TableClass;
import dev.dynasim.engine.model.BillingMode;
import dev.dynasim.engine.model.ProvisionedThroughput;
import dev.dynasim.engine.table.AttributeDefinition;
import dev.dynasim.engine.table.CreateTableRequest;
import dev.dynasim.engine.table.IndexDefinition;
import dev.dynasim.engine.table.KeySchemaElement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A table a scenario creates at time 0: name, partition key, optional sort key, billing mode,
 * provisioned read and write capacity units (ignored on demand), its GSIs, and optional auto scaling
 * of its reads and writes (provisioned only; null: none), and its table class (null: Standard).
 */
public record TableScenario(String name, KeyAttribute partitionKey, KeyAttribute sortKey, BillingMode billingMode,
                            long readCapacity, long writeCapacity, List<IndexScenario> indexes, AutoScalingPolicy readScaling,
                            AutoScalingPolicy writeScaling, TableClass tableClass) {

    /** A table of the Standard class. */
    public TableScenario(String name, KeyAttribute partitionKey, KeyAttribute sortKey, BillingMode billingMode,
                         long readCapacity, long writeCapacity, List<IndexScenario> indexes, AutoScalingPolicy readScaling,
                         AutoScalingPolicy writeScaling) {
        this(name, partitionKey, sortKey, billingMode, readCapacity, writeCapacity, indexes, readScaling, writeScaling, null);
    }

    /** A table without auto scaling. */
    public TableScenario(String name, KeyAttribute partitionKey, KeyAttribute sortKey, BillingMode billingMode,
                         long readCapacity, long writeCapacity, List<IndexScenario> indexes) {
        this(name, partitionKey, sortKey, billingMode, readCapacity, writeCapacity, indexes, null, null);
    }

    /** Checks the fields and copies the indexes. */
    public TableScenario {
        if (name == null || name.isEmpty()) throw new IllegalArgumentException("table name is required");
        if (partitionKey == null) throw new IllegalArgumentException("partitionKey is required");
        if (billingMode == null) throw new IllegalArgumentException("billingMode is required");
        if (readCapacity < 0 || writeCapacity < 0) throw new IllegalArgumentException("capacity must not be negative");
        indexes = indexes == null ? List.of() : List.copyOf(indexes);
        tableClass = tableClass == null ? TableClass.STANDARD : tableClass;
        if ((readScaling != null || writeScaling != null) && billingMode != BillingMode.PROVISIONED) {
            throw new IllegalArgumentException("table " + name + ": auto scaling needs a PROVISIONED table");
        }
    }

    /** The CreateTable request for this table. */
    public CreateTableRequest request() {
        boolean provisioned = billingMode == BillingMode.PROVISIONED;
        Map<String, String> attributes = new LinkedHashMap<>();
        define(attributes, partitionKey);
        define(attributes, sortKey);
        List<IndexDefinition> gsis = new ArrayList<>();
        for (IndexScenario i : indexes) {
            define(attributes, i.partitionKey());
            define(attributes, i.sortKey());
            gsis.add(i.definition(provisioned));
        }
        List<AttributeDefinition> definitions = new ArrayList<>();
        attributes.forEach((n, t) -> definitions.add(new AttributeDefinition(n, t)));
        List<KeySchemaElement> keys = new ArrayList<>();
        keys.add(new KeySchemaElement(partitionKey.name(), "HASH"));
        if (sortKey != null) keys.add(new KeySchemaElement(sortKey.name(), "RANGE"));
        return new CreateTableRequest(name, definitions, keys, billingMode.name(),
                provisioned ? new ProvisionedThroughput(readCapacity, writeCapacity) : null,
                gsis.isEmpty() ? null : gsis, null, null, tableClass == TableClass.STANDARD ? null : tableClass.name());
    }

    private static void define(Map<String, String> attributes, KeyAttribute key) {
        if (key != null) attributes.putIfAbsent(key.name(), key.type().name());
    }
}
