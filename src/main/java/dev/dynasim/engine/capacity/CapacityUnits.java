package dev.dynasim.engine.capacity;

import dev.dynasim.engine.model.Limits;

/**
 * Read and write unit arithmetic (facts file 2.1-2.2): sizes round up to the next 4 KB for reads
 * and 1 KB for writes, with a minimum of one unit; eventual reads cost half, transactional
 * reads and writes double.
 */
public final class CapacityUnits {
    /** Factor of a transactional write: every item is written twice, prepare and commit (F2.13). */
    public static final double TRANSACTIONAL_WRITE_FACTOR = 2.0;

    private CapacityUnits() {
    }

    /** 4 KB blocks needed to read {@code bytes}; at least one (F2.3, F2.5). */
    public static long readBlocks(long bytes) {
        return Math.max(1, ceilDiv(bytes, Limits.READ_UNIT_BYTES));
    }

    /** 1 KB blocks needed to write {@code bytes}; at least one (F2.3). */
    public static long writeBlocks(long bytes) {
        return Math.max(1, ceilDiv(bytes, Limits.WRITE_UNIT_BYTES));
    }

    /** Read units for reading {@code bytes} in one rounding (one item, or a whole Query/Scan page). */
    public static double readUnits(long bytes, ReadConsistency consistency) {
        return readBlocks(bytes) * consistency.factor();
    }

    /** Write units for writing {@code bytes} of one item. */
    public static double writeUnits(long bytes, boolean transactional) {
        return writeBlocks(bytes) * (transactional ? TRANSACTIONAL_WRITE_FACTOR : 1.0);
    }

    private static long ceilDiv(long a, long b) {
        return (a + b - 1) / b;
    }
}
