package dev.dynasim.engine.table;

import java.util.List;

/** What the end of a tick did across all tables: each active partition's figures and every split event. */
public record TickResult(List<PartitionTick> partitions, List<SplitEvent> splits) {
}
