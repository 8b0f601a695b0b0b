package dev.dynasim.engine.capacity;

import dev.dynasim.engine.model.Limits;

/**
 * The parameters of on-demand scaling for one table or GSI and one operation (see
 * {@link OnDemandCapacity} for the model).
 *
 * @param initialWarm        units per second a new table serves at once: 12,000 reads, 4,000 writes (F3.22, F3.27)
 * @param peakMultiplier     a settled previous peak is served up to this multiple at once: 2 (F3.23)
 * @param growthWindowMillis how long a new peak takes to become the previous peak: 30 minutes (F3.23, D12: tunable)
 * @param maximum            the optional maximum throughput, units per second, or {@link #NO_MAXIMUM} (F3.26)
 * @param tableQuota         the per-table account quota, units per second: 40,000 by default, adjustable (F2.19)
 */
public record OnDemandSpec(double initialWarm, long peakMultiplier, long growthWindowMillis, double maximum,
                           double tableQuota) {
    /** No maximum throughput; DynamoDB's API uses -1 for the same (F3.26). */
    public static final double NO_MAXIMUM = -1;

    /** Validates the parameters. */
    public OnDemandSpec {
        if (!(initialWarm >= 0) || peakMultiplier < 1 || growthWindowMillis < 0 || !(tableQuota > 0)
                || !(maximum == NO_MAXIMUM || maximum >= 1)) {
            throw new IllegalArgumentException("invalid on-demand parameters: warm=" + initialWarm + ", multiplier="
                    + peakMultiplier + ", window=" + growthWindowMillis + " ms, maximum=" + maximum
                    + ", quota=" + tableQuota);
        }
    }

    /** The documented defaults for reads or writes. */
    public static OnDemandSpec defaults(OperationType operationType) {
        double warm = operationType == OperationType.Read ? Limits.ON_DEMAND_INITIAL_RRU : Limits.ON_DEMAND_INITIAL_WRU;
        return new OnDemandSpec(warm, Limits.ON_DEMAND_PEAK_MULTIPLIER, Limits.ON_DEMAND_GROWTH_WINDOW_MILLIS,
                NO_MAXIMUM, Limits.TABLE_MAX_CAPACITY_UNITS);
    }

    /** True when a maximum throughput is set. */
    public boolean hasMaximum() {
        return maximum != NO_MAXIMUM;
    }

    /** This spec with another maximum throughput ({@link #NO_MAXIMUM} for none). */
    public OnDemandSpec withMaximum(double units) {
        return new OnDemandSpec(initialWarm, peakMultiplier, growthWindowMillis, units, tableQuota);
    }

    /** This spec with another per-table account quota. */
    public OnDemandSpec withTableQuota(double units) {
        return new OnDemandSpec(initialWarm, peakMultiplier, growthWindowMillis, maximum, units);
    }

    /** This spec with another growth window. */
    public OnDemandSpec withGrowthWindowMillis(long millis) {
        return new OnDemandSpec(initialWarm, peakMultiplier, millis, maximum, tableQuota);
    }
}
