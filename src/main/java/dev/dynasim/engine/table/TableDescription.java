package dev.dynasim.engine.table;

import dev.dynasim.engine.model.TableSpec;
import java.util.List;

/** A table as DescribeTable (and the control-plane calls) describe it. */
public record TableDescription(TableSpec spec, String tableStatus, long creationDateTime, long tableSizeBytes, long itemCount, String tableArn, List<IndexDescription> globalSecondaryIndexes, List<IndexDescription> localSecondaryIndexes, boolean deletionProtectionEnabled, long lastIncreaseDateTime, long lastDecreaseDateTime, int numberOfDecreasesToday, long lastUpdateToPayPerRequestDateTime, String tableClass, long tableClassLastUpdateDateTime) {
}
