package dev.dynasim.engine.table;

import java.util.List;

/** A TransactGetItems call. */
public record TransactGetItemsRequest(List<TransactGetItem> transactItems, ReturnConsumedCapacity returnConsumedCapacity) {
}
