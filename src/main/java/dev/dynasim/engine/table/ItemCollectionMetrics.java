package dev.dynasim.engine.table;

import dev.dynasim.engine.model.AttributeValue;
import java.util.List;
import java.util.Map;

/** The size estimate of an item collection, reported for tables with an LSI: the partition key and a [low, high] GB range. */
public record ItemCollectionMetrics(Map<String, AttributeValue> itemCollectionKey, List<Double> sizeEstimateRangeGB) {
}
