package dev.dynasim.engine.sim;

/**
 * Simulated time in long milliseconds, advanced one tick at a time (default 1,000 ms, because
 * capacity is per second). It never reads the wall clock and never goes backwards.
 */
public final class SimClock {
    /** The default tick: one second. */
    public static final long DEFAULT_TICK_MILLIS = 1_000L;

    private final long tickMillis;
    private long now;

    /** A clock at time 0 with one-second ticks. */
    public SimClock() {
        this(0L, DEFAULT_TICK_MILLIS);
    }

    /** A clock at time 0 with ticks of {@code tickMillis}. */
    public SimClock(long tickMillis) {
        this(0L, tickMillis);
    }

    /** A clock at {@code startMillis} with ticks of {@code tickMillis}. */
    public SimClock(long startMillis, long tickMillis) {
        if (tickMillis <= 0) throw new IllegalArgumentException("tick must be positive: " + tickMillis);
        if (startMillis < 0) throw new IllegalArgumentException("start must not be negative: " + startMillis);
        this.tickMillis = tickMillis;
        this.now = startMillis;
    }

    /** The current simulated time in milliseconds. */
    public long now() {
        return now;
    }

    /** The length of one tick in milliseconds. */
    public long tickMillis() {
        return tickMillis;
    }

    /** How many whole ticks have passed since time 0. */
    public long tick() {
        return now / tickMillis;
    }

    /** Moves the clock one tick forward and returns the new time. */
    public long advance() {
        return advanceBy(tickMillis);
    }

    /** Moves the clock {@code millis} forward (0 leaves it still) and returns the new time. */
    public long advanceBy(long millis) {
        if (millis < 0) throw new IllegalArgumentException("time does not go backwards: " + millis);
        now = Math.addExact(now, millis);
        return now;
    }

    /** Moves the clock to {@code timeMillis}, which must not be earlier than now, and returns it. */
    public long advanceTo(long timeMillis) {
        if (timeMillis < now) {
            throw new IllegalArgumentException("time does not go backwards: " + timeMillis + " < " + now);
        }
        now = timeMillis;
        return now;
    }

    @Override
    public String toString() {
        return "SimClock[now=" + now + " ms, tick=" + tickMillis + " ms]";
    }
}
