package dev.dynasim.shell;

import dev.dynasim.engine.model.AttributeValue;
import dev.dynasim.engine.table.ConsumedCapacity;
import java.util.List;
import java.util.Map;

/**
 * The answer to a single-item call: the item (or null), the capacity it consumed, and which unit
 * that is (RCU or WCU; RRU or WRU on demand); prints as a one-row table with the capacity underneath.
 */
public record ItemResult(Map<String, AttributeValue> item, ConsumedCapacity consumedCapacity, String unit,
                         List<String> keyNames) {

    /** True when an item came back. */
    public boolean found() {
        return item != null && !item.isEmpty();
    }

    /** The capacity units consumed. */
    public double units() {
        return consumedCapacity == null ? 0 : consumedCapacity.capacityUnits();
    }

    @Override
    public String toString() {
        String body = found() ? TextTable.items(List.of(item), keyNames) : unit.startsWith("R") ? "(no item)\n" : "";
        return body + Consumed.phrase(consumedCapacity, unit);
    }
}
