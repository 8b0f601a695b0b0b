package dev.dynasim.engine.partition;

import java.util.ArrayList;
import java.util.List;

/**
 * The recent per-tick usage of one partition, bounded: a ring of the last {@code capacity} ticks, the
 * oldest dropped first. Held by the {@link PartitionMap}; read by the heat split policy.
 */
public final class ConsumptionHistory {
    private final TickUsage[] ring;
    private int newest = -1;
    private int size;

    /** An empty history keeping at most {@code capacity} ticks. */
    public ConsumptionHistory(int capacity) {
        if (capacity < 1) throw new IllegalArgumentException("history capacity must be positive, not " + capacity);
        ring = new TickUsage[capacity];
    }

    /** Appends one tick; it must not start before the newest recorded tick ends. */
    public void record(TickUsage tick) {
        if (size > 0 && tick.startMillis() < ring[newest].endMillis()) {
            throw new IllegalArgumentException("tick " + tick + " overlaps the newest " + ring[newest]);
        }
        newest = (newest + 1) % ring.length;
        ring[newest] = tick;
        if (size < ring.length) size++;
    }

    /** Ticks held, at most the capacity. */
    public int size() {
        return size;
    }

    /** The most ticks held. */
    public int capacity() {
        return ring.length;
    }

    /** The tick {@code age} ticks back: 0 is the newest. */
    public TickUsage tick(int age) {
        if (age < 0 || age >= size) throw new IndexOutOfBoundsException("no tick " + age + " back; " + size + " held");
        return ring[Math.floorMod(newest - age, ring.length)];
    }

    /**
     * How long, up to the newest tick, usage has stayed at or above {@code fraction} of {@code limit}:
     * the summed length of the newest unbroken run of such ticks (a gap between ticks ends the run).
     */
    public long sustainedMillis(Throughput limit, double fraction) {
        long total = 0;
        TickUsage later = null;
        for (int age = 0; age < size; age++) {
            TickUsage t = tick(age);
            if (later != null && t.endMillis() != later.startMillis()) break;
            if (t.utilization(limit) < fraction) break;
            total += t.durationMillis();
            later = t;
        }
        return total;
    }

    /** The held ticks, oldest first. */
    public List<TickUsage> ticks() {
        List<TickUsage> out = new ArrayList<>(size);
        for (int age = size - 1; age >= 0; age--) out.add(tick(age));
        return out;
    }
}
