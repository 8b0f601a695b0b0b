package dev.dynasim.engine.table;

import java.util.Map;

/** Capacity an operation consumed on one table, as ReturnConsumedCapacity reports it; the per-index breakdown is filled for INDEXES. */
public record ConsumedCapacity(String tableName, double capacityUnits, Double readCapacityUnits, Double writeCapacityUnits, Capacity table, Map<String, Capacity> localSecondaryIndexes, Map<String, Capacity> globalSecondaryIndexes) {
}
