package dev.dynasim.engine.table;

import dev.dynasim.engine.model.AttributeValue;
import java.util.List;
import java.util.Map;

/**
 * ItemCollectionMetrics: DynamoDB reports an item collection's size as a range of whole
 * gigabytes around its estimate, [floor, floor + 1] (API_ItemCollectionMetrics).
 */
final class ItemCollections {
    private static final double BYTES_PER_GB = 1024.0 * 1024 * 1024;

    private ItemCollections() {
    }

    /** The metrics of one collection. */
    static ItemCollectionMetrics metrics(String partitionKeyName, AttributeValue partitionKey, long bytes) {
        double low = Math.floor(bytes / BYTES_PER_GB);
        return new ItemCollectionMetrics(Map.of(partitionKeyName, partitionKey), List.of(low, low + 1));
    }
}
