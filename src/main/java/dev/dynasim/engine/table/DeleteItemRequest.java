package dev.dynasim.engine.table;

import dev.dynasim.engine.model.AttributeValue;
import java.util.Map;

/** A DeleteItem call. */
public record DeleteItemRequest(String tableName, Map<String, AttributeValue> key, String conditionExpression, Map<String, String> expressionAttributeNames, Map<String, AttributeValue> expressionAttributeValues, ReturnValue returnValues, ReturnConsumedCapacity returnConsumedCapacity, boolean returnItemCollectionMetrics, ReturnValue returnValuesOnConditionCheckFailure, Map<String, ExpectedAttribute> expected, String conditionalOperator) {
}
