package dev.dynasim.engine.table;

import dev.dynasim.engine.model.AttributeValue;
import java.util.List;
import java.util.Map;

/** What TransactGetItems answers: one response per Get (item null when absent), and capacity per table. */
public record TransactGetItemsResult(List<Map<String, AttributeValue>> responses, List<ConsumedCapacity> consumedCapacity) {
}
