package dev.dynasim.engine.table;

import dev.dynasim.engine.model.ProvisionedThroughput;
import java.util.List;

/**
 * A CreateTable call, kept close to the wire so that every validation DynamoDB makes can be made; see
 * TableSpec for the checked result. {@code tableClass} is "STANDARD" or "STANDARD_INFREQUENT_ACCESS"
 * (null: STANDARD).
 */
public record CreateTableRequest(String tableName, List<AttributeDefinition> attributeDefinitions, List<KeySchemaElement> keySchema, String billingMode, ProvisionedThroughput provisionedThroughput, List<IndexDefinition> globalSecondaryIndexes, List<IndexDefinition> localSecondaryIndexes, Boolean deletionProtectionEnabled, String tableClass) {
    /** A CreateTable call of the default table class. */
    public CreateTableRequest(String tableName, List<AttributeDefinition> attributeDefinitions, List<KeySchemaElement> keySchema,
                              String billingMode, ProvisionedThroughput provisionedThroughput, List<IndexDefinition> globalSecondaryIndexes,
                              List<IndexDefinition> localSecondaryIndexes, Boolean deletionProtectionEnabled) {
        this(tableName, attributeDefinitions, keySchema, billingMode, provisionedThroughput, globalSecondaryIndexes, localSecondaryIndexes,
                deletionProtectionEnabled, null);
    }
}
