package dev.dynasim.engine.table;

import java.util.List;

/**
 * What the end of a tick did across all tables: each active partition's figures, every split event,
 * what happened to replica groups, the requests refused because a group could not serve them, and
 * each table's replication figures (tables with replication activity, by name).
 */
public record TickResult(List<PartitionTick> partitions, List<SplitEvent> splits, List<ReplicaChange> replicaChanges,
                         List<RequestFailure> failures, List<ReplicationFigures> replication) {
}
