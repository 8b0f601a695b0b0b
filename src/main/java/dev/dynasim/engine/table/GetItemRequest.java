package dev.dynasim.engine.table;

import dev.dynasim.engine.model.AttributeValue;
import java.util.List;
import java.util.Map;

/** A GetItem call. */
public record GetItemRequest(String tableName, Map<String, AttributeValue> key, boolean consistentRead, String projectionExpression, Map<String, String> expressionAttributeNames, List<String> attributesToGet, ReturnConsumedCapacity returnConsumedCapacity) {
}
