package dev.dynasim.engine.table;

import dev.dynasim.engine.model.AttributeValue;
import java.util.List;
import java.util.Map;

/** A Query call. */
public record QueryRequest(String tableName, String indexName, String keyConditionExpression, String filterExpression, String projectionExpression, Map<String, String> expressionAttributeNames, Map<String, AttributeValue> expressionAttributeValues, Select select, Integer limit, boolean consistentRead, Boolean scanIndexForward, Map<String, AttributeValue> exclusiveStartKey, ReturnConsumedCapacity returnConsumedCapacity, List<String> attributesToGet, Map<String, ExpectedAttribute> keyConditions, Map<String, ExpectedAttribute> queryFilter, String conditionalOperator) {
}
