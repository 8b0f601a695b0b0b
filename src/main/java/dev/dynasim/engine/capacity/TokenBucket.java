package dev.dynasim.engine.capacity;

/**
 * A token bucket over simulated time: tokens accrue at a rate (units per second) up to a capacity
 * (units) and requests take them. Refill is lazy: nothing happens between calls, and each call first
 * adds the tokens earned since the previous one, so idle buckets cost nothing. Arithmetic is exact
 * fixed point (micro-units). Time must not go backwards.
 */
public final class TokenBucket {
    private long rate;
    private long capacity;
    private long tokens;
    private long lastMillis;

    /** A bucket refilling at {@code ratePerSecond} up to {@code capacityUnits}, holding {@code initialUnits} at {@code nowMillis}. */
    public TokenBucket(double ratePerSecond, double capacityUnits, double initialUnits, long nowMillis) {
        this.rate = Micros.rateOf(ratePerSecond);
        this.capacity = Micros.ofUnits(capacityUnits);
        this.tokens = Math.min(capacity, Micros.ofUnits(initialUnits));
        this.lastMillis = nowMillis;
    }

    /** A full bucket. */
    public static TokenBucket full(double ratePerSecond, double capacityUnits, long nowMillis) {
        return new TokenBucket(ratePerSecond, capacityUnits, capacityUnits, nowMillis);
    }

    /** The refill rate in units per second. */
    public double ratePerSecond() {
        return Micros.rateToUnits(rate);
    }

    /** The most units the bucket holds. */
    public double capacityUnits() {
        return Micros.toUnits(capacity);
    }

    /** Units available at {@code nowMillis}. */
    public double available(long nowMillis) {
        advance(nowMillis);
        return Micros.toUnits(tokens);
    }

    /** Whether {@code units} could be taken at {@code nowMillis}; takes nothing. */
    public boolean canConsume(double units, long nowMillis) {
        advance(nowMillis);
        return tokens >= Micros.ofUnits(units);
    }

    /** Takes {@code units} if available and says whether it did; all or nothing. */
    public boolean tryConsume(double units, long nowMillis) {
        advance(nowMillis);
        long wanted = Micros.ofUnits(units);
        if (tokens < wanted) {
            return false;
        }
        tokens -= wanted;
        return true;
    }

    /** Changes the refill rate from {@code nowMillis} on; tokens earned before are kept. */
    public void setRate(double ratePerSecond, long nowMillis) {
        advance(nowMillis);
        rate = Micros.rateOf(ratePerSecond);
    }

    /** Changes the capacity from {@code nowMillis} on; tokens above the new capacity are dropped. */
    public void setCapacity(double capacityUnits, long nowMillis) {
        advance(nowMillis);
        capacity = Micros.ofUnits(capacityUnits);
        tokens = Math.min(tokens, capacity);
    }

    /** Adds the tokens earned up to {@code nowMillis}; returns the micro-units that overflowed the capacity. */
    long advance(long nowMillis) {
        if (nowMillis < lastMillis) {
            throw new IllegalArgumentException("simulated time went backwards: " + nowMillis + " < " + lastMillis);
        }
        long earned = Micros.accrued(rate, nowMillis - lastMillis);
        lastMillis = nowMillis;
        return deposit(earned);
    }

    /** Adds micro-units up to the capacity; returns what did not fit. */
    long deposit(long micros) {
        long room = capacity - tokens;
        if (micros <= room) {
            tokens += micros;
            return 0;
        }
        tokens = capacity;
        return micros - room;
    }

    /** Micro-units held now, without refilling. */
    long heldMicros() {
        return tokens;
    }

    /** Removes up to {@code micros}; returns how many were removed. */
    long withdraw(long micros) {
        long taken = Math.min(micros, tokens);
        tokens -= taken;
        return taken;
    }

    @Override
    public String toString() {
        return "TokenBucket[rate=" + ratePerSecond() + "/s, capacity=" + capacityUnits()
                + ", tokens=" + Micros.toUnits(tokens) + " at " + lastMillis + " ms]";
    }
}
