package dev.dynasim.engine.table;

import java.util.List;
import java.util.Map;

/** A BatchWriteItem call: write requests per table, in the order given. */
public record BatchWriteItemRequest(Map<String, List<WriteRequest>> requestItems, ReturnConsumedCapacity returnConsumedCapacity, boolean returnItemCollectionMetrics) {
}
