package dev.dynasim.engine.billing;

/**
 * Target tracking for one dimension (reads or writes) of a provisioned table (P13-P15): keep consumed
 * over provisioned capacity near {@code targetUtilization} (20% to 90%) between {@code minCapacity} and
 * {@code maxCapacity}. Utilization is measured once a minute; scaling out needs
 * {@code scaleOutDataPoints} consecutive minutes above the target (about 2), scaling in
 * {@code scaleInDataPoints} below it (15); the UpdateTable it makes takes {@code updateDelayMillis} to
 * apply ("several minutes", a parameter), during which traffic above the old capacity is throttled.
 */
public record AutoScalingPolicy(long minCapacity, long maxCapacity, double targetUtilization, int scaleOutDataPoints,
                                int scaleInDataPoints, long updateDelayMillis) {
    /** The lowest target utilization allowed: 20% (P13). */
    public static final double MIN_TARGET = 0.20;
    /** The highest target utilization allowed: 90% (P13). */
    public static final double MAX_TARGET = 0.90;
    /** The console's default target: 70% (P14). */
    public static final double DEFAULT_TARGET = 0.70;
    /** The console's default minimum capacity: 5 units (P14). */
    public static final long DEFAULT_MIN = 5;
    /** Consecutive one-minute data points above the target before scaling out: 2 (P15). */
    public static final int SCALE_OUT_DATA_POINTS = 2;
    /** Consecutive one-minute data points below the target before scaling in: 15 (P15). */
    public static final int SCALE_IN_DATA_POINTS = 15;
    /** Time for the UpdateTable to apply: 5 minutes (P15 "several minutes"; chosen). */
    public static final long UPDATE_DELAY_MILLIS = 5L * 60 * 1000;
    /** Length of one utilization data point: a minute (P15). */
    public static final long DATA_POINT_MILLIS = 60_000;

    /** Checks the parameters. */
    public AutoScalingPolicy {
        if (minCapacity < 1 || maxCapacity < minCapacity) throw new IllegalArgumentException("need 1 <= min <= max capacity");
        if (!(targetUtilization >= MIN_TARGET && targetUtilization <= MAX_TARGET)) {
            throw new IllegalArgumentException("target utilization must be between 20% and 90%: " + targetUtilization);
        }
        if (scaleOutDataPoints < 1 || scaleInDataPoints < 1 || updateDelayMillis < 0) throw new IllegalArgumentException("bad timing");
    }

    /** The console's defaults (70%, min 5) up to {@code maxCapacity}, with the documented timing. */
    public static AutoScalingPolicy defaults(long maxCapacity) {
        return of(DEFAULT_MIN, maxCapacity, DEFAULT_TARGET);
    }

    /** A policy with the documented timing. */
    public static AutoScalingPolicy of(long minCapacity, long maxCapacity, double targetUtilization) {
        return new AutoScalingPolicy(minCapacity, maxCapacity, targetUtilization, SCALE_OUT_DATA_POINTS, SCALE_IN_DATA_POINTS,
                UPDATE_DELAY_MILLIS);
    }

    /** The capacity that puts {@code consumedPerSecond} at the target, within min and max (example 43: 140 / 0.7 = 200). */
    public long desiredCapacity(double consumedPerSecond) {
        long desired = (long) Math.ceil(consumedPerSecond / targetUtilization - 1e-9);
        return Math.max(minCapacity, Math.min(maxCapacity, desired));
    }
}
