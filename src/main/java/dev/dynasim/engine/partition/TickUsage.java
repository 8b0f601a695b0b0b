package dev.dynasim.engine.partition;

/** The units one partition consumed during one tick, the simulated interval [startMillis, endMillis). */
public record TickUsage(long startMillis, long endMillis, double readUnits, double writeUnits) {
    private static final double MILLIS_PER_SECOND = 1000.0;

    /** Checks that the interval is not empty and the units not negative. */
    public TickUsage {
        if (endMillis <= startMillis) throw new IllegalArgumentException("empty tick [" + startMillis + ", " + endMillis + ")");
        if (!(readUnits >= 0) || !(writeUnits >= 0)) throw new IllegalArgumentException("negative usage");
    }

    /** The length of the tick in milliseconds. */
    public long durationMillis() {
        return endMillis - startMillis;
    }

    /** The average rate over the tick, in units per second. */
    public Throughput rate() {
        double seconds = durationMillis() / MILLIS_PER_SECOND;
        return new Throughput(readUnits / seconds, writeUnits / seconds);
    }

    /**
     * The larger of read rate / read limit and write rate / write limit: how close the tick came to the
     * limit (reads and writes have separate limits, F3.7). A zero limit counts as exceeded by any use.
     */
    public double utilization(Throughput limit) {
        Throughput r = rate();
        return Math.max(share(r.readUnits(), limit.readUnits()), share(r.writeUnits(), limit.writeUnits()));
    }

    private static double share(double used, double limit) {
        if (limit > 0) return used / limit;
        return used > 0 ? Double.POSITIVE_INFINITY : 0;
    }
}
