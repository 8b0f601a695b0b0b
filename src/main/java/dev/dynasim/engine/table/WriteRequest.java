package dev.dynasim.engine.table;

import dev.dynasim.engine.model.AttributeValue;
import java.util.Map;

/** One put (item) or delete (key) of a BatchWriteItem; exactly one of the two is set. */
public record WriteRequest(Map<String, AttributeValue> putItem, Map<String, AttributeValue> deleteKey) {
}
