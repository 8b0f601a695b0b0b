package dev.dynasim.engine.capacity;

import java.util.ArrayDeque;

/**
 * Table-wide (or GSI-wide) admission of one operation in on-demand mode. The growth model:
 * <ul>
 *   <li>time is cut into whole simulated seconds; a second's consumption may not exceed the
 *       <b>ceiling</b> = max(warm throughput, peakMultiplier × previous peak) (F3.23, F3.27);</li>
 *   <li>the <b>warm throughput</b> starts at 12,000 RRU / 4,000 WRU for a new table (F3.22), at the
 *       larger of that and the highest provisioned units after a switch from provisioned (F3.24), and
 *       can be raised by pre-warming; it is never lowered (F3.27);</li>
 *   <li>each finished second's consumption is a candidate peak; a candidate becomes the <b>previous
 *       peak</b> once {@code growthWindowMillis} (30 min, F3.23, D12) have passed since that second
 *       began, so sustained demand can double the ceiling once per window and no faster; the previous
 *       peak never decreases;</li>
 *   <li>an optional <b>maximum</b> (F3.26) and the per-table account <b>quota</b> (F2.19) cap the
 *       second's consumption as well.</li>
 * </ul>
 * Reasons, checked in this order: over the maximum {@code MaxOnDemandThroughputExceeded}, over the
 * quota {@code AccountLimitExceeded}, over the ceiling {@code KeyRangeThroughputExceeded} (the table
 * has not yet split into enough partitions for the load; F3.31 lists key-range throttling for both
 * modes). Partitions still need their own {@link PartitionLimit}. Work is done lazily, on calls.
 */
public final class OnDemandCapacity implements ThroughputGate {
    private final ResourceType resourceType;
    private final OperationType operationType;
    private final ArrayDeque<PendingPeak> pending = new ArrayDeque<>();
    private OnDemandSpec spec;
    private long warm;
    private long previousPeak;
    private long windowSecond;
    private long windowConsumed;

    /** A gate with {@code warmThroughput} and a settled {@code previousPeak}, both units per second. */
    public OnDemandCapacity(ResourceType resourceType, OperationType operationType, OnDemandSpec spec,
                            double warmThroughput, double previousPeak, long nowMillis) {
        this.resourceType = resourceType;
        this.operationType = operationType;
        this.spec = spec;
        this.warm = Micros.ofUnits(warmThroughput);
        this.previousPeak = Micros.ofUnits(previousPeak);
        this.windowSecond = Math.floorDiv(nowMillis, 1000L);
    }

    /** A new on-demand table or GSI: warm at the spec's initial throughput, no previous peak (F3.22). */
    public static OnDemandCapacity newTable(ResourceType resourceType, OperationType operationType,
                                            OnDemandSpec spec, long nowMillis) {
        return new OnDemandCapacity(resourceType, operationType, spec, spec.initialWarm(), 0, nowMillis);
    }

    /**
     * A table switched from provisioned for the first time: warm at the larger of the highest units
     * it was ever provisioned with and the initial warm throughput (F3.24, example 36).
     */
    public static OnDemandCapacity switchedFromProvisioned(ResourceType resourceType, OperationType operationType,
                                                           OnDemandSpec spec, double highestProvisionedUnits,
                                                           long nowMillis) {
        return new OnDemandCapacity(resourceType, operationType, spec,
                Math.max(highestProvisionedUnits, spec.initialWarm()), 0, nowMillis);
    }

    @Override
    public double available(long nowMillis) {
        roll(nowMillis);
        long limit = Math.min(ceilingMicros(), Micros.ofUnits(spec.tableQuota()));
        if (spec.hasMaximum()) limit = Math.min(limit, Micros.ofUnits(spec.maximum()));
        return Micros.toUnits(Math.max(0, limit - windowConsumed));
    }

    @Override
    public ThrottleDecision check(double units, long nowMillis) {
        roll(nowMillis);
        long after = windowConsumed + Micros.ofUnits(units);
        if (spec.hasMaximum() && after > Micros.ofUnits(spec.maximum())) {
            return throttle(LimitType.MaxOnDemandThroughputExceeded);
        }
        if (after > Micros.ofUnits(spec.tableQuota())) {
            return throttle(LimitType.AccountLimitExceeded);
        }
        if (after > ceilingMicros()) {
            return throttle(LimitType.KeyRangeThroughputExceeded);
        }
        return ThrottleDecision.admit();
    }

    @Override
    public void consume(double units, long nowMillis) {
        roll(nowMillis);
        windowConsumed += Micros.ofUnits(units);
    }

    /** Units per second served at once at {@code nowMillis}: max(warm, multiplier × previous peak); never decreases. */
    public double warmThroughput(long nowMillis) {
        roll(nowMillis);
        return Micros.toUnits(ceilingMicros());
    }

    /** The settled previous peak at {@code nowMillis}, units per second. */
    public double previousPeak(long nowMillis) {
        roll(nowMillis);
        return Micros.toUnits(previousPeak);
    }

    /** Units consumed so far in the second containing {@code nowMillis}. */
    public double consumedThisSecond(long nowMillis) {
        roll(nowMillis);
        return Micros.toUnits(windowConsumed);
    }

    /** Raises the warm throughput to at least {@code units} per second (pre-warming, F3.27); never lowers it. */
    public void prewarm(double units, long nowMillis) {
        roll(nowMillis);
        warm = Math.max(warm, Micros.ofUnits(units));
    }

    /** Replaces the parameters (maximum, quota, window) from {@code nowMillis} on; the warm throughput is kept. */
    public void setSpec(OnDemandSpec newSpec, long nowMillis) {
        roll(nowMillis);
        spec = newSpec;
    }

    /** The current parameters. */
    public OnDemandSpec spec() {
        return spec;
    }

    private long ceilingMicros() {
        long doubled = previousPeak > Long.MAX_VALUE / spec.peakMultiplier()
                ? Long.MAX_VALUE : previousPeak * spec.peakMultiplier();
        return Math.max(warm, doubled);
    }

    private ThrottleDecision throttle(LimitType limitType) {
        return ThrottleDecision.throttle(ThrottlingReason.of(resourceType, operationType, limitType));
    }

    private void roll(long nowMillis) {
        long second = Math.floorDiv(nowMillis, 1000L);
        if (second < windowSecond) {
            throw new IllegalArgumentException("simulated time went backwards: " + nowMillis + " ms");
        }
        if (second > windowSecond) {
            long highest = pending.isEmpty() ? previousPeak : Math.max(previousPeak, pending.peekLast().peak());
            if (windowConsumed > highest) {
                pending.addLast(new PendingPeak(windowSecond * 1000L + spec.growthWindowMillis(), windowConsumed));
            }
            windowSecond = second;
            windowConsumed = 0;
        }
        while (!pending.isEmpty() && pending.peekFirst().settlesAtMillis() <= nowMillis) {
            previousPeak = Math.max(previousPeak, pending.removeFirst().peak());
        }
    }

    /** A second's consumption waiting to become the previous peak. */
    private record PendingPeak(long settlesAtMillis, long peak) {
    }

    @Override
    public String toString() {
        return "OnDemandCapacity[" + resourceType + " " + operationType + ", warm=" + Micros.toUnits(warm)
                + "/s, previousPeak=" + Micros.toUnits(previousPeak) + "/s, " + spec + "]";
    }
}
