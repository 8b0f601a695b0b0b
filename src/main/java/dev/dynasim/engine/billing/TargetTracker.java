package dev.dynasim.engine.billing;

/**
 * The state of one target-tracking policy over time (P13-P15): it adds up consumption into
 * one-minute data points, counts consecutive data points above and below the target, and decides a
 * new capacity when enough have breached; while that change is being applied it decides nothing more.
 */
public final class TargetTracker {
    private final AutoScalingPolicy policy;
    private long pointStart = -1;
    private double pointUnits;
    private int above;
    private int below;
    private long busyUntil = -1;

    /** A tracker of {@code policy}. */
    public TargetTracker(AutoScalingPolicy policy) {
        this.policy = policy;
    }

    /** The policy tracked. */
    public AutoScalingPolicy policy() {
        return policy;
    }

    /**
     * Adds a tick [{@code start}, {@code end}) in which {@code consumedUnits} were consumed against
     * {@code provisioned} capacity; returns the capacity to change to when a data point completed and
     * breached long enough (and no change is being applied), else -1.
     */
    public long tick(long start, long end, double consumedUnits, long provisioned) {
        if (pointStart < 0) pointStart = start - Math.floorMod(start, AutoScalingPolicy.DATA_POINT_MILLIS);
        pointUnits += consumedUnits;
        if (end - pointStart < AutoScalingPolicy.DATA_POINT_MILLIS) return -1;
        double perSecond = pointUnits * 1000.0 / (end - pointStart);
        pointStart = end;
        pointUnits = 0;
        double utilization = provisioned <= 0 ? 0 : perSecond / provisioned;
        if (utilization > policy.targetUtilization()) {
            above++;
            below = 0;
        } else if (utilization < policy.targetUtilization()) {
            below++;
            above = 0;
        } else {
            above = 0;
            below = 0;
        }
        if (end < busyUntil) return -1;
        long desired = policy.desiredCapacity(perSecond);
        boolean out = above >= policy.scaleOutDataPoints() && desired > provisioned;
        boolean in = below >= policy.scaleInDataPoints() && desired < provisioned;
        if (!out && !in) return -1;
        above = 0;
        below = 0;
        busyUntil = end + policy.updateDelayMillis();
        return desired;
    }
}
