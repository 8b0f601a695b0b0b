package dev.dynasim.engine.sim;

import java.util.Arrays;

/**
 * The requests a run's workloads offered, tick by tick, split into reads (gets, queries, scans) and
 * writes (puts, updates, deletes), whether they were served, throttled or failed: what a what-if
 * replay offers a server cluster. Direct calls are not workload traffic and are not counted. These
 * are request counts only: the items' sizes are not recorded, so a cluster replaying them serves a
 * 400 KB item as fast as a 100-byte one.
 */
public final class OfferedTraffic {
    private final long tickMillis;
    private double[] reads = new double[64];
    private double[] writes = new double[64];
    private int ticks;

    /** Empty traffic in ticks of {@code tickMillis}. */
    public OfferedTraffic(long tickMillis) {
        if (tickMillis <= 0) throw new IllegalArgumentException("a tick must be positive");
        this.tickMillis = tickMillis;
    }

    /** Records {@code reads} and {@code writes} offered in the tick ending at {@code endMillis}. */
    void add(long endMillis, double reads, double writes) {
        int tick = (int) (endMillis / tickMillis) - 1;
        if (tick < 0) return;
        if (tick >= this.reads.length) {
            int size = Math.max(tick + 1, this.reads.length * 2);
            this.reads = Arrays.copyOf(this.reads, size);
            this.writes = Arrays.copyOf(this.writes, size);
        }
        ticks = Math.max(ticks, tick + 1);
        this.reads[tick] += reads;
        this.writes[tick] += writes;
    }

    /** The tick length. */
    public long tickMillis() {
        return tickMillis;
    }

    /** Ticks recorded, up to the last with traffic. */
    public int ticks() {
        return ticks;
    }

    /** Reads offered in tick {@code i} (0 beyond the last recorded). */
    public double reads(int i) {
        return i < ticks ? reads[i] : 0;
    }

    /** Writes offered in tick {@code i} (0 beyond the last recorded). */
    public double writes(int i) {
        return i < ticks ? writes[i] : 0;
    }

    /** The most reads offered per second in any tick. */
    public double peakReadsPerSecond() {
        double peak = 0;
        for (int i = 0; i < ticks; i++) peak = Math.max(peak, reads[i]);
        return peak * 1000.0 / tickMillis;
    }

    /** The most writes offered per second in any tick. */
    public double peakWritesPerSecond() {
        double peak = 0;
        for (int i = 0; i < ticks; i++) peak = Math.max(peak, writes[i]);
        return peak * 1000.0 / tickMillis;
    }
}
