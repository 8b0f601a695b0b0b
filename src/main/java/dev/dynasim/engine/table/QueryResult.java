package dev.dynasim.engine.table;

import dev.dynasim.engine.model.AttributeValue;
import java.util.List;
import java.util.Map;

/** What Query and Scan answer: the page of items (null for Select=COUNT), Count, ScannedCount, LastEvaluatedKey and capacity. */
public record QueryResult(List<Map<String, AttributeValue>> items, int count, int scannedCount, Map<String, AttributeValue> lastEvaluatedKey, ConsumedCapacity consumedCapacity) {
}
