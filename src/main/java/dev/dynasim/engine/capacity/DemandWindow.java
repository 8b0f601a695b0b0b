package dev.dynasim.engine.capacity;

/**
 * Units requested (served or throttled) per whole simulated second, for one partition and one
 * operation: the "recent demand" {@link AdaptiveCapacity} and split-for-heat policies read. Lazy:
 * it keeps the current second and the last finished one, and an idle second reads as zero.
 */
public final class DemandWindow {
    private long second;
    private long current;
    private long previous;

    /** An empty window starting in the second containing {@code nowMillis}. */
    public DemandWindow(long nowMillis) {
        this.second = Math.floorDiv(nowMillis, 1000L);
    }

    /** Records {@code units} requested at {@code nowMillis}, whether or not they were admitted. */
    public void record(double units, long nowMillis) {
        roll(nowMillis);
        current += Micros.ofUnits(units);
    }

    /** Units requested in the second before the one containing {@code nowMillis}. */
    public double lastSecond(long nowMillis) {
        roll(nowMillis);
        return Micros.toUnits(previous);
    }

    /** Units requested so far in the second containing {@code nowMillis}. */
    public double thisSecond(long nowMillis) {
        roll(nowMillis);
        return Micros.toUnits(current);
    }

    private void roll(long nowMillis) {
        long now = Math.floorDiv(nowMillis, 1000L);
        if (now < second) {
            throw new IllegalArgumentException("simulated time went backwards: " + nowMillis + " ms");
        }
        if (now == second + 1) {
            previous = current;
            current = 0;
        } else if (now > second + 1) {
            previous = 0;
            current = 0;
        }
        second = now;
    }
}
