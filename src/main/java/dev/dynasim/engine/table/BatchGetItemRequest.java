package dev.dynasim.engine.table;

import java.util.Map;

/** A BatchGetItem call: keys per table, in the order given. */
public record BatchGetItemRequest(Map<String, KeysAndAttributes> requestItems, ReturnConsumedCapacity returnConsumedCapacity) {
}
