package dev.dynasim.engine.table;

import java.util.List;
import java.util.Map;

/** What BatchWriteItem answers. */
public record BatchWriteItemResult(Map<String, List<WriteRequest>> unprocessedItems, List<ConsumedCapacity> consumedCapacity, Map<String, List<ItemCollectionMetrics>> itemCollectionMetrics) {
}
