package dev.dynasim.engine.table;

import dev.dynasim.engine.model.ProvisionedThroughput;
import java.util.List;

/** A secondary index as sent in CreateTable or UpdateTable. */
public record IndexDefinition(String indexName, List<KeySchemaElement> keySchema, String projectionType, List<String> nonKeyAttributes, ProvisionedThroughput provisionedThroughput) {
}
