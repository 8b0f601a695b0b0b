package dev.dynasim.engine.partition;

import dev.dynasim.engine.model.Limits;

/**
 * Default parameters of the split policies. DynamoDB publishes none of these figures: the paper says
 * only that a partition whose consumed throughput "crosses a certain threshold" is split, at a point
 * chosen from the observed key distribution, that splits "usually finish in minutes", and that there is
 * no split when the load is one item or a sequentially accessed key range (F3.13). Like the on-demand
 * growth window (D12) and the "approximately 10 GB" size (D9), they are tunable teaching values, each a
 * parameter of its policy. Durations are simulated milliseconds.
 */
public final class SplitDefaults {
    private SplitDefaults() {
    }

    /** A partition splits for size when it stores this much: "approximately 10 GB" (F3.8, D9). */
    public static final long SIZE_SPLIT_BYTES = Limits.PARTITION_SPLIT_BYTES;
    /** A partition is hot while it consumes at least this fraction of its limit (F3.13 "a certain threshold"; chosen). */
    public static final double HEAT_THRESHOLD_FRACTION = 0.8;
    /** A partition must stay hot this long before it splits for heat: 5 minutes (F3.13; chosen, cf. D12). */
    public static final long HEAT_SUSTAIN_MILLIS = 5L * 60 * 1000;
    /** A split completes this long after it is decided: 5 minutes (F3.13 "usually finish in minutes"; chosen). */
    public static final long SPLIT_DURATION_MILLIS = 5L * 60 * 1000;
    /** A heat split helps only if the busier child would carry at most this share of the load (chosen). */
    public static final double MAX_HOT_CHILD_SHARE = 0.8;
    /** Per-tick usage samples kept per partition: 15 minutes at the default 1 s tick (bounded history). */
    public static final int HISTORY_TICKS = 900;
}
