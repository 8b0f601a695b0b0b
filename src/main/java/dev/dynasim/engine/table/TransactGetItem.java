package dev.dynasim.engine.table;

import dev.dynasim.engine.model.AttributeValue;
import java.util.Map;

/** One Get of a TransactGetItems call. */
public record TransactGetItem(String tableName, Map<String, AttributeValue> key, String projectionExpression, Map<String, String> expressionAttributeNames) {
}
