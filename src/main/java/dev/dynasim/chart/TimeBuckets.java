package dev.dynasim.chart;

/**
 * A run's ticks grouped into at most {@link #MAX} time buckets of whole ticks, so a long run's chart
 * stays fast and readable: bucket {@code i} holds the ticks measured at times in
 * {@code (start(i), end(i)]} (a tick's trace events carry the time of the step that ends it).
 */
record TimeBuckets(long tickMillis, long bucketMillis, int count, long lastTickMillis) {
    /** The most buckets a chart draws. */
    static final int MAX = 300;

    /** The buckets of a run with this tick that ended at {@code endMillis}: one tick each when the run has at most MAX ticks. */
    static TimeBuckets forRun(long tickMillis, long endMillis) {
        long ticks = Math.max(1, ceilDiv(endMillis, tickMillis));
        long perBucket = ceilDiv(ticks, MAX);
        return new TimeBuckets(tickMillis, perBucket * tickMillis, (int) ceilDiv(ticks, perBucket), ticks * tickMillis);
    }

    private static long ceilDiv(long a, long b) {
        return -Math.floorDiv(-a, b);
    }

    /** The bucket of an event at {@code timeMillis} (clamped to the first and last bucket). */
    int of(long timeMillis) {
        long i = timeMillis <= 0 ? 0 : (timeMillis - 1) / bucketMillis;
        return (int) Math.min(i, count - 1);
    }

    /** When bucket {@code i} begins. */
    long start(int i) {
        return i * bucketMillis;
    }

    /** When bucket {@code i} ends: the time of its last tick (the run's last tick for the last bucket). */
    long end(int i) {
        return Math.min((i + 1) * bucketMillis, lastTickMillis);
    }

    /** How long bucket {@code i} lasts, in seconds. */
    double seconds(int i) {
        return (end(i) - start(i)) / 1000.0;
    }

    /** A bucket's length in words for a subtitle: "4 s", or "500 ms" when not whole seconds. */
    static String length(long bucketMillis) {
        return bucketMillis % 1000 == 0 ? bucketMillis / 1000 + " s" : bucketMillis + " ms";
    }
}
