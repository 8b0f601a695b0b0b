package dev.dynasim.engine.capacity;

import dev.dynasim.engine.model.Limits;

import java.util.List;

/**
 * One partition's read or write admission in provisioned mode, as the paper's two buckets per
 * partition (F3.18) plus the hard partition ceiling:
 * <ul>
 *   <li>the <b>allocated</b> bucket refills at the partition's effective rate (its share of the table's
 *       provisioned units, raised by adaptive capacity) and holds one second of it;</li>
 *   <li>the <b>burst</b> bank receives what overflows the allocated bucket, unused capacity, up to
 *       {@code burstSeconds} of the allocated rate (300 s, F3.16-F3.17); a request spends allocated
 *       tokens first, then banked ones;</li>
 *   <li>the {@link PartitionLimit} caps everything at 3,000 RCU / 1,000 WCU per second (F3.7, F3.17).</li>
 * </ul>
 * Over the ceiling the reason is {@code KeyRangeThroughputExceeded}; with the allocated and burst
 * tokens spent it is {@code ProvisionedThroughputExceeded}. Refill is lazy; time must not go backwards.
 */
public final class ProvisionedPartitionCapacity implements ThroughputGate {
    private final ResourceType resourceType;
    private final OperationType operationType;
    private final ThrottlingReason provisionedReason;
    private final PartitionLimit ceiling;
    private final long burstSeconds;
    private final TokenBucket allocated;
    private final TokenBucket burst;
    private double allocatedRate;
    private double effectiveRate;

    /**
     * A partition allocated {@code allocatedRate} units per second, its allocated bucket full and
     * {@code initialBurstUnits} banked, with a ceiling of {@code partitionMax} units per second.
     */
    public ProvisionedPartitionCapacity(ResourceType resourceType, OperationType operationType, double allocatedRate,
                                        double partitionMax, long burstSeconds, double initialBurstUnits,
                                        long nowMillis) {
        if (burstSeconds < 0) {
            throw new IllegalArgumentException("burstSeconds must be >= 0: " + burstSeconds);
        }
        this.resourceType = resourceType;
        this.operationType = operationType;
        this.provisionedReason = ThrottlingReason.of(resourceType, operationType,
                LimitType.ProvisionedThroughputExceeded);
        this.ceiling = new PartitionLimit(resourceType, operationType, partitionMax, nowMillis);
        this.burstSeconds = burstSeconds;
        this.allocatedRate = allocatedRate;
        this.effectiveRate = allocatedRate;
        this.allocated = TokenBucket.full(allocatedRate, allocatedRate, nowMillis);
        this.burst = new TokenBucket(0, allocatedRate * burstSeconds, initialBurstUnits, nowMillis);
    }

    /**
     * A partition with the documented defaults: the 3,000 / 1,000 ceiling (F3.7), 300 s of burst
     * (F3.16) and an empty bank (a new partition has no unused capacity yet).
     */
    public static ProvisionedPartitionCapacity of(ResourceType resourceType, OperationType operationType,
                                                  double allocatedRate, long nowMillis) {
        return new ProvisionedPartitionCapacity(resourceType, operationType, allocatedRate,
                PartitionLimit.maxUnitsPerSecond(operationType), Limits.BURST_SECONDS, 0, nowMillis);
    }

    @Override
    public double available(long nowMillis) {
        sync(nowMillis);
        return Math.min(ceiling.available(nowMillis), Micros.toUnits(allocated.heldMicros() + burst.heldMicros()));
    }

    @Override
    public ThrottleDecision check(double units, long nowMillis) {
        ThrottleDecision atCeiling = ceiling.check(units, nowMillis);
        if (atCeiling.throttled()) {
            return atCeiling;
        }
        sync(nowMillis);
        long wanted = Micros.ofUnits(units);
        long held = allocated.heldMicros() + burst.heldMicros();
        return held >= wanted ? ThrottleDecision.admit() : ThrottleDecision.throttle(provisionedReason);
    }

    @Override
    public void consume(double units, long nowMillis) {
        sync(nowMillis);
        long wanted = Micros.ofUnits(units);
        if (allocated.heldMicros() + burst.heldMicros() < wanted) {
            throw new IllegalStateException("consume without an admitting check: " + units + " units");
        }
        ceiling.consume(units, nowMillis);
        long rest = wanted - allocated.withdraw(wanted);
        burst.withdraw(rest);
    }

    /**
     * Sets the partition's share of provisioned throughput (capacity change, split, dilution) and
     * drops any adaptive boost; the burst bank's capacity follows the new rate.
     */
    public void setAllocatedRate(double unitsPerSecond, long nowMillis) {
        sync(nowMillis);
        allocatedRate = unitsPerSecond;
        burst.setCapacity(unitsPerSecond * burstSeconds, nowMillis);
        applyEffectiveRate(unitsPerSecond, nowMillis);
    }

    /**
     * Sets the rate adaptive capacity grants, clamped between the allocated rate and the partition
     * ceiling; the new rate applies to tokens accrued from {@code nowMillis} on. The burst bank keeps
     * its size, which follows the allocation only.
     */
    public void setEffectiveRate(double unitsPerSecond, long nowMillis) {
        double clamped = Math.max(allocatedRate, Math.min(ceiling.unitsPerSecond(), unitsPerSecond));
        if (clamped == effectiveRate) return;
        sync(nowMillis);
        applyEffectiveRate(clamped, nowMillis);
    }

    /**
     * The two children of a split: each gets half this partition's allocation and half its banked
     * burst, a full allocated bucket and a full ceiling (throughput dilution, F3.10, example 31).
     * This partition should no longer be used.
     */
    public List<ProvisionedPartitionCapacity> splitInTwo(long nowMillis) {
        sync(nowMillis);
        double half = allocatedRate / 2;
        double halfBank = Micros.toUnits(burst.heldMicros() / 2);
        return List.of(
                new ProvisionedPartitionCapacity(resourceType, operationType, half, ceiling.unitsPerSecond(),
                        burstSeconds, halfBank, nowMillis),
                new ProvisionedPartitionCapacity(resourceType, operationType, half, ceiling.unitsPerSecond(),
                        burstSeconds, halfBank, nowMillis));
    }

    /** The partition's share of the provisioned throughput, units per second. */
    public double allocatedRate() {
        return allocatedRate;
    }

    /** The rate the allocated bucket refills at now: the allocation plus any adaptive boost. */
    public double effectiveRate() {
        return effectiveRate;
    }

    /** The partition ceiling, units per second. */
    public double partitionMax() {
        return ceiling.unitsPerSecond();
    }

    /** Units banked as burst capacity at {@code nowMillis}. */
    public double burstBalance(long nowMillis) {
        sync(nowMillis);
        return Micros.toUnits(burst.heldMicros());
    }

    /** Units left in this second's allocation at {@code nowMillis}. */
    public double allocatedBalance(long nowMillis) {
        sync(nowMillis);
        return Micros.toUnits(allocated.heldMicros());
    }

    private void applyEffectiveRate(double unitsPerSecond, long nowMillis) {
        effectiveRate = unitsPerSecond;
        allocated.setRate(unitsPerSecond, nowMillis);
        burst.deposit(Math.max(0, allocated.heldMicros() - Micros.ofUnits(unitsPerSecond)));
        allocated.setCapacity(unitsPerSecond, nowMillis);
    }

    private void sync(long nowMillis) {
        burst.advance(nowMillis);
        burst.deposit(allocated.advance(nowMillis));
    }

    @Override
    public String toString() {
        return "ProvisionedPartitionCapacity[" + provisionedReason.resourceType() + " "
                + provisionedReason.operationType() + ", allocated=" + allocatedRate + "/s, effective="
                + effectiveRate + "/s, ceiling=" + ceiling.unitsPerSecond() + "/s, burst capacity="
                + burst.capacityUnits() + "]";
    }
}
