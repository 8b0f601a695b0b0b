package dev.dynasim.engine.table;

import dev.dynasim.engine.model.AttributeValue;
import java.util.Map;

/** A PutItem call, field for field as in the DynamoDB API. */
public record PutItemRequest(String tableName, Map<String, AttributeValue> item, String conditionExpression, Map<String, String> expressionAttributeNames, Map<String, AttributeValue> expressionAttributeValues, ReturnValue returnValues, ReturnConsumedCapacity returnConsumedCapacity, boolean returnItemCollectionMetrics, ReturnValue returnValuesOnConditionCheckFailure, Map<String, ExpectedAttribute> expected, String conditionalOperator) {
}
