package dev.dynasim.chart;

import java.util.List;

/**
 * The dataset of the partition-splits chart: for each table, its partition count as a step line
 * (a step at creation and after every completed split) and every split with its cause.
 */
public record SplitTimeline(String scenario, long endMillis, List<TableSteps> tables) {
    /** Copies the list. */
    public SplitTimeline {
        tables = List.copyOf(tables);
    }

    /** One table's partition count over time and its splits. */
    public record TableSteps(String table, List<Step> steps, List<Split> splits) {
        /** Copies the lists. */
        public TableSteps {
            steps = List.copyOf(steps);
            splits = List.copyOf(splits);
        }
    }

    /** From {@code timeMillis} on, the table has {@code partitions} partitions. */
    public record Step(long timeMillis, int partitions) {
    }

    /** A completed split: when, why, which partition, and the count after it. */
    public record Split(long timeMillis, String cause, long parent, int partitionsAfter) {
    }
}
