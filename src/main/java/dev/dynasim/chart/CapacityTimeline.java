package dev.dynasim.chart;

import java.util.List;

/**
 * The dataset of the capacity chart, for one base table: its provisioned capacity over time (a step
 * at creation and at every change; 0 and {@code onDemand} while it is on demand), the units it
 * consumed and had throttled per second (averaged over buckets of {@code bucketMillis}, whole ticks),
 * the auto scaling decisions and applications, and the burst spells: ticks in which it consumed more
 * than its provisioned capacity per second and throttled nothing of that dimension; and
 * {@code indexThrottledRequests}, the table's requests a GSI throttled (reasons {@code Index...}, or
 * at rate level its indexes' {@code TickMetrics}), whose capacity the chart does not draw.
 */
public record CapacityTimeline(String scenario, long endMillis, String table, long bucketMillis, List<Step> capacity,
                               List<Sample> consumed, List<Scaling> scaling, List<Spell> bursts, long indexThrottledRequests) {
    /** Copies the lists. */
    public CapacityTimeline {
        capacity = List.copyOf(capacity);
        consumed = List.copyOf(consumed);
        scaling = List.copyOf(scaling);
        bursts = List.copyOf(bursts);
    }

    /** From {@code timeMillis} on, the table's provisioned read and write capacity units (0 on demand). */
    public record Step(long timeMillis, long readCapacity, long writeCapacity, boolean onDemand) {
    }

    /** Units per second consumed and throttled in the bucket ending at {@code timeMillis}. */
    public record Sample(long timeMillis, double readPerSecond, double writePerSecond, double throttledReadPerSecond,
                         double throttledWritePerSecond) {
    }

    /** An auto scaling step: {@code status} "decided", "applied" or "refused", for {@code dimension} "read" or "write". */
    public record Scaling(long timeMillis, String dimension, long fromCapacity, long toCapacity, String status) {
    }

    /** Ticks ending in ({@code fromMillis}, {@code toMillis}] served above the provisioned {@code dimension} capacity without throttling. */
    public record Spell(String dimension, long fromMillis, long toMillis) {
    }
}
