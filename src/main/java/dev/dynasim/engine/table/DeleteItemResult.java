package dev.dynasim.engine.table;

import dev.dynasim.engine.model.AttributeValue;
import java.util.Map;

/** What DeleteItem answers. */
public record DeleteItemResult(Map<String, AttributeValue> attributes, ConsumedCapacity consumedCapacity, ItemCollectionMetrics itemCollectionMetrics) {
}
