package dev.dynasim.engine.table;

import dev.dynasim.engine.model.AttributeValue;
import java.util.List;
import java.util.Map;

/** A Scan call, including parallel Segment/TotalSegments. */
public record ScanRequest(String tableName, String indexName, String filterExpression, String projectionExpression, Map<String, String> expressionAttributeNames, Map<String, AttributeValue> expressionAttributeValues, Select select, Integer limit, boolean consistentRead, Integer segment, Integer totalSegments, Map<String, AttributeValue> exclusiveStartKey, ReturnConsumedCapacity returnConsumedCapacity, List<String> attributesToGet, Map<String, ExpectedAttribute> scanFilter, String conditionalOperator) {
}
