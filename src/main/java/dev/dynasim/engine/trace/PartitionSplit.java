package dev.dynasim.engine.trace;

import java.util.List;

/**
 * A partition split completed: the parent is gone and its children own its range, meeting at
 * {@code splitToken}.
 *
 * @param time simulated milliseconds
 * @param table table name
 * @param index index name, or null for the base table
 * @param parent id of the partition that split
 * @param children ids of the new partitions, in key-range order
 * @param cause why it split
 * @param splitToken token where the children meet (the first token of the second child), 32 hex digits
 */
public record PartitionSplit(long time, String table, String index, long parent, List<Long> children,
                             SplitCause cause, String splitToken) implements TraceEvent {

    /** Checks the fields and copies the children. */
    public PartitionSplit {
        Events.check(time, table);
        children = List.copyOf(children);
        if (children.size() < 2) throw new IllegalArgumentException("a split has at least two children");
        if (cause == null) throw new IllegalArgumentException("cause is required");
        Events.required(splitToken, "splitToken");
    }
}
