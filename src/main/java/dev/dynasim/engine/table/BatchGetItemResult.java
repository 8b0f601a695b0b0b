package dev.dynasim.engine.table;

import dev.dynasim.engine.model.AttributeValue;
import java.util.List;
import java.util.Map;

/** What BatchGetItem answers: items per table, the keys left unprocessed, and capacity per table. */
public record BatchGetItemResult(Map<String, List<Map<String, AttributeValue>>> responses, Map<String, KeysAndAttributes> unprocessedKeys, List<ConsumedCapacity> consumedCapacity) {
}
