package dev.dynasim.engine.table;

import java.util.List;
import java.util.Map;

/** What TransactWriteItems answers. */
public record TransactWriteItemsResult(List<ConsumedCapacity> consumedCapacity, Map<String, List<ItemCollectionMetrics>> itemCollectionMetrics) {
}
