package dev.dynasim.engine.partition;

import java.util.ArrayList;
import java.util.List;

/**
 * The recent per-tick usage of one partition, bounded: a ring of the last {@code capacity} ticks, the
 * oldest dropped first. Held by the {@link PartitionMap}; read by the heat split policy. Ticks are
 * kept as primitives, the four fields of one tick side by side in one array (a partition records one
 * every tick, touching one cache line), and handed out as {@link TickUsage} values only when asked for.
 */
public final class ConsumptionHistory {
    private static final int FIELDS = 4;
    /** Per slot: start, end, and the raw bits of the read and write units. */
    private final long[] slots;
    private final int capacity;
    private int newest = -1;
    private int size;

    /** An empty history keeping at most {@code capacity} ticks. */
    public ConsumptionHistory(int capacity) {
        if (capacity < 1) throw new IllegalArgumentException("history capacity must be positive, not " + capacity);
        this.capacity = capacity;
        slots = new long[capacity * FIELDS];
    }

    /** Appends one tick; it must not start before the newest recorded tick ends. */
    public void record(TickUsage tick) {
        record(tick.startMillis(), tick.endMillis(), tick.readUnits(), tick.writeUnits());
    }

    /** Appends one tick [startMillis, endMillis) with the units it consumed, as {@link #record(TickUsage)}. */
    public void record(long startMillis, long endMillis, double readUnits, double writeUnits) {
        if (endMillis <= startMillis) throw new IllegalArgumentException("empty tick [" + startMillis + ", " + endMillis + ")");
        if (!(readUnits >= 0) || !(writeUnits >= 0)) throw new IllegalArgumentException("negative usage");
        if (size > 0 && startMillis < end(newest)) {
            throw new IllegalArgumentException("tick " + new TickUsage(startMillis, endMillis, readUnits, writeUnits)
                    + " overlaps the newest " + tick(0));
        }
        newest = newest + 1 == capacity ? 0 : newest + 1;
        int at = newest * FIELDS;
        slots[at] = startMillis;
        slots[at + 1] = endMillis;
        slots[at + 2] = Double.doubleToRawLongBits(readUnits);
        slots[at + 3] = Double.doubleToRawLongBits(writeUnits);
        if (size < capacity) size++;
    }

    /** Ticks held, at most the capacity. */
    public int size() {
        return size;
    }

    /** The most ticks held. */
    public int capacity() {
        return capacity;
    }

    /** The tick {@code age} ticks back: 0 is the newest. */
    public TickUsage tick(int age) {
        int i = slot(age);
        return new TickUsage(start(i), end(i), read(i), write(i));
    }

    /**
     * How long, up to the newest tick, usage has stayed at or above {@code fraction} of {@code limit}:
     * the summed length of the newest unbroken run of such ticks (a gap between ticks ends the run).
     */
    public long sustainedMillis(Throughput limit, double fraction) {
        long total = 0;
        long laterStart = Long.MIN_VALUE;
        for (int age = 0; age < size; age++) {
            int i = slot(age);
            if (age > 0 && end(i) != laterStart) break;
            if (utilization(i, limit) < fraction) break;
            total += end(i) - start(i);
            laterStart = start(i);
        }
        return total;
    }

    /** The held ticks, oldest first. */
    public List<TickUsage> ticks() {
        List<TickUsage> out = new ArrayList<>(size);
        for (int age = size - 1; age >= 0; age--) out.add(tick(age));
        return out;
    }

    private int slot(int age) {
        if (age < 0 || age >= size) throw new IndexOutOfBoundsException("no tick " + age + " back; " + size + " held");
        return Math.floorMod(newest - age, capacity);
    }

    private double utilization(int i, Throughput limit) {
        double seconds = (end(i) - start(i)) / 1000.0;
        return Math.max(share(read(i) / seconds, limit.readUnits()), share(write(i) / seconds, limit.writeUnits()));
    }

    private static double share(double used, double limit) {
        if (limit > 0) return used / limit;
        return used > 0 ? Double.POSITIVE_INFINITY : 0;
    }

    private long start(int slot) {
        return slots[slot * FIELDS];
    }

    private long end(int slot) {
        return slots[slot * FIELDS + 1];
    }

    private double read(int slot) {
        return Double.longBitsToDouble(slots[slot * FIELDS + 2]);
    }

    private double write(int slot) {
        return Double.longBitsToDouble(slots[slot * FIELDS + 3]);
    }
}
