package dev.dynasim.engine.capacity;

import dev.dynasim.engine.model.Limits;

/**
 * A partition's hard ceiling, whatever the mode and whatever burst or adaptive capacity allow:
 * 3,000 read units or 1,000 write units per second (F3.7, F3.17, F3.28). Modelled as a bucket holding
 * one second of the limit and refilling at the limit, so the ceiling holds over any one-second span.
 * Over the limit the reason is {@code KeyRangeThroughputExceeded}.
 */
public final class PartitionLimit implements ThroughputGate {
    private final ThrottlingReason reason;
    private final TokenBucket bucket;

    /** A ceiling of {@code unitsPerSecond}, full at {@code nowMillis}. */
    public PartitionLimit(ResourceType resourceType, OperationType operationType, double unitsPerSecond, long nowMillis) {
        this.reason = ThrottlingReason.of(resourceType, operationType, LimitType.KeyRangeThroughputExceeded);
        this.bucket = TokenBucket.full(unitsPerSecond, unitsPerSecond, nowMillis);
    }

    /** The documented ceiling for the operation: 3,000 reads or 1,000 writes per second (F3.7). */
    public static PartitionLimit standard(ResourceType resourceType, OperationType operationType, long nowMillis) {
        return new PartitionLimit(resourceType, operationType, maxUnitsPerSecond(operationType), nowMillis);
    }

    /** {@link Limits#PARTITION_MAX_RCU} for reads, {@link Limits#PARTITION_MAX_WCU} for writes. */
    public static double maxUnitsPerSecond(OperationType operationType) {
        return operationType == OperationType.Read ? Limits.PARTITION_MAX_RCU : Limits.PARTITION_MAX_WCU;
    }

    /** The ceiling in units per second. */
    public double unitsPerSecond() {
        return bucket.ratePerSecond();
    }

    @Override
    public double available(long nowMillis) {
        return bucket.available(nowMillis);
    }

    @Override
    public ThrottleDecision check(double units, long nowMillis) {
        return bucket.canConsume(units, nowMillis) ? ThrottleDecision.admit() : ThrottleDecision.throttle(reason);
    }

    @Override
    public void consume(double units, long nowMillis) {
        if (!bucket.tryConsume(units, nowMillis)) {
            throw new IllegalStateException("consume without an admitting check: " + units + " units");
        }
    }
}
