package dev.dynasim.engine.table;

import java.util.List;

/** A TransactWriteItems call. */
public record TransactWriteItemsRequest(List<TransactWriteItem> transactItems, ReturnConsumedCapacity returnConsumedCapacity, boolean returnItemCollectionMetrics, String clientRequestToken) {
}
