package dev.dynasim.engine.table;

import dev.dynasim.engine.model.ProvisionedThroughput;
import java.util.List;

/** A CreateTable call, kept close to the wire so that every validation DynamoDB makes can be made; see TableSpec for the checked result. */
public record CreateTableRequest(String tableName, List<AttributeDefinition> attributeDefinitions, List<KeySchemaElement> keySchema, String billingMode, ProvisionedThroughput provisionedThroughput, List<IndexDefinition> globalSecondaryIndexes, List<IndexDefinition> localSecondaryIndexes, Boolean deletionProtectionEnabled) {
}
