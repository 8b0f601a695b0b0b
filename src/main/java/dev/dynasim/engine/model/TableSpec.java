package dev.dynasim.engine.model;

import java.util.List;
import java.util.Map;

/**
 * What a table is created with: name, key schema, attribute definitions, billing mode,
 * provisioned throughput (PROVISIONED only) and secondary indexes.
 */
public record TableSpec(String name, KeySchema keySchema, Map<String, ScalarType> attributeDefinitions,
                        BillingMode billingMode, ProvisionedThroughput throughput,
                        List<IndexSpec> globalIndexes, List<IndexSpec> localIndexes) {
    public TableSpec {
        attributeDefinitions = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(attributeDefinitions));
        globalIndexes = globalIndexes == null ? List.of() : List.copyOf(globalIndexes);
        localIndexes = localIndexes == null ? List.of() : List.copyOf(localIndexes);
        if (throughput == null) throughput = ProvisionedThroughput.NONE;
    }
}
