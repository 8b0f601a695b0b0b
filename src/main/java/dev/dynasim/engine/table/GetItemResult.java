package dev.dynasim.engine.table;

import dev.dynasim.engine.model.AttributeValue;
import java.util.Map;

/** What GetItem answers: the item (null when absent) and the capacity. */
public record GetItemResult(Map<String, AttributeValue> item, ConsumedCapacity consumedCapacity) {
}
