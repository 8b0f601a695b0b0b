package dev.dynasim.engine.table;

import dev.dynasim.engine.model.ProvisionedThroughput;
import java.util.List;
import java.util.Map;

/** An UpdateTable call: billing mode, provisioned throughput, GSIs to create or delete, table class (null: unchanged). */
public record UpdateTableRequest(String tableName, List<AttributeDefinition> attributeDefinitions, String billingMode, ProvisionedThroughput provisionedThroughput, List<IndexDefinition> createGlobalSecondaryIndexes, List<String> deleteGlobalSecondaryIndexes, Map<String, ProvisionedThroughput> updateGlobalSecondaryIndexes, Boolean deletionProtectionEnabled, String tableClass) {
    /** An UpdateTable call that leaves the table class alone. */
    public UpdateTableRequest(String tableName, List<AttributeDefinition> attributeDefinitions, String billingMode,
                              ProvisionedThroughput provisionedThroughput, List<IndexDefinition> createGlobalSecondaryIndexes,
                              List<String> deleteGlobalSecondaryIndexes, Map<String, ProvisionedThroughput> updateGlobalSecondaryIndexes,
                              Boolean deletionProtectionEnabled) {
        this(tableName, attributeDefinitions, billingMode, provisionedThroughput, createGlobalSecondaryIndexes, deleteGlobalSecondaryIndexes,
                updateGlobalSecondaryIndexes, deletionProtectionEnabled, null);
    }
}
