package dev.dynasim.engine.capacity;

/** Test helper: serves a tick's requests of one size against a gate. */
final class Ticks {
    /** Simulated milliseconds in one tick. */
    static final long TICK = 1_000L;

    private Ticks() {
    }

    /** The time of tick {@code second}. */
    static long at(long second) {
        return second * TICK;
    }

    /**
     * Offers {@code requests} requests of {@code units} each at {@code nowMillis}, in order, and
     * returns how many were admitted. Once one is throttled the rest are too (nothing changes
     * between them at the same instant), so the loop stops there.
     */
    static long serve(ThroughputGate gate, long requests, double units, long nowMillis) {
        long served = 0;
        while (served < requests && gate.tryConsume(units, nowMillis).admitted()) {
            served++;
        }
        return served;
    }
}
