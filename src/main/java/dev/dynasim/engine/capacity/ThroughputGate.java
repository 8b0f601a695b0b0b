package dev.dynasim.engine.capacity;

/**
 * One place that admits or throttles units at a simulated time: a partition, or a table or GSI as a
 * whole. {@link #check} asks without consuming, so that a caller can ask every gate a request touches
 * before consuming at any of them (F2.15; see {@link Admission}).
 */
public interface ThroughputGate {
    /** Whether {@code units} could be consumed at {@code nowMillis}; consumes nothing. */
    ThrottleDecision check(double units, long nowMillis);

    /**
     * The units that could be consumed at {@code nowMillis} (at least 0): what aggregate, rate-level
     * traffic may take in one go. Consumes nothing.
     */
    double available(long nowMillis);

    /** Consumes {@code units} at {@code nowMillis}; call only after an admitting {@link #check} at the same time. */
    void consume(double units, long nowMillis);

    /** Checks and, if admitted, consumes. */
    default ThrottleDecision tryConsume(double units, long nowMillis) {
        ThrottleDecision decision = check(units, nowMillis);
        if (decision.admitted()) {
            consume(units, nowMillis);
        }
        return decision;
    }
}
