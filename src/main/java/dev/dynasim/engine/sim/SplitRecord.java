package dev.dynasim.engine.sim;

import java.util.List;

/**
 * A partition split seen in a scenario's trace: when it was decided and when it completed (-1 when
 * still in progress at the end), the table or GSI, the parent partition, its children (empty until
 * complete), why (SIZE, HEAT or THROUGHPUT) and the token where the children meet.
 */
public record SplitRecord(long startedMillis, long completedMillis, String table, String index, long parent,
                          List<Long> children, String cause, String splitToken) {

    /** Copies the children. */
    public SplitRecord {
        children = List.copyOf(children);
    }
}
