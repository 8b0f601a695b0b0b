package dev.dynasim.engine.table;

import dev.dynasim.engine.model.AttributeValue;
import java.util.Map;

/** What UpdateItem answers. */
public record UpdateItemResult(Map<String, AttributeValue> attributes, ConsumedCapacity consumedCapacity, ItemCollectionMetrics itemCollectionMetrics) {
}
