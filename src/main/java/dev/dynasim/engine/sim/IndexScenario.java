package dev.dynasim.engine.sim;

import dev.dynasim.engine.model.ProvisionedThroughput;
import dev.dynasim.engine.table.IndexDefinition;
import dev.dynasim.engine.table.KeySchemaElement;
import java.util.ArrayList;
import java.util.List;

/**
 * A global secondary index of a scenario's table: its name, keys (sort key optional), and, for a
 * provisioned table, its own read and write capacity units. It projects all attributes.
 */
public record IndexScenario(String name, KeyAttribute partitionKey, KeyAttribute sortKey, long readCapacity,
                            long writeCapacity) {

    /** Checks the fields. */
    public IndexScenario {
        if (name == null || name.isEmpty()) throw new IllegalArgumentException("index name is required");
        if (partitionKey == null) throw new IllegalArgumentException("partitionKey is required");
        if (readCapacity < 0 || writeCapacity < 0) throw new IllegalArgumentException("capacity must not be negative");
    }

    /** The CreateTable definition of this index; {@code provisioned} says whether it carries throughput. */
    IndexDefinition definition(boolean provisioned) {
        List<KeySchemaElement> keys = new ArrayList<>();
        keys.add(new KeySchemaElement(partitionKey.name(), "HASH"));
        if (sortKey != null) keys.add(new KeySchemaElement(sortKey.name(), "RANGE"));
        return new IndexDefinition(name, keys, "ALL", null,
                provisioned ? new ProvisionedThroughput(readCapacity, writeCapacity) : null);
    }
}
