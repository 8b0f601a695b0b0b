package dev.dynasim.engine.table;

import dev.dynasim.engine.model.ProvisionedThroughput;
import java.util.List;
import java.util.Map;

/** An UpdateTable call: billing mode, provisioned throughput, GSIs to create or delete. */
public record UpdateTableRequest(String tableName, List<AttributeDefinition> attributeDefinitions, String billingMode, ProvisionedThroughput provisionedThroughput, List<IndexDefinition> createGlobalSecondaryIndexes, List<String> deleteGlobalSecondaryIndexes, Map<String, ProvisionedThroughput> updateGlobalSecondaryIndexes, Boolean deletionProtectionEnabled) {
}
