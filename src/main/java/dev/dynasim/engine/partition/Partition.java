package dev.dynasim.engine.partition;

/**
 * One partition of a table or index at a moment: its id, the slice of the key space it owns, the
 * throughput allocated to it, and the bytes it stores. An immutable snapshot; the {@link PartitionMap}
 * replaces it when the allocation or size changes.
 */
public record Partition(PartitionId id, TokenRange range, Throughput allocated, long storedBytes) {
    /** Checks the components. */
    public Partition {
        if (id == null || range == null || allocated == null) throw new IllegalArgumentException("incomplete partition");
        if (storedBytes < 0) throw new IllegalArgumentException("negative stored bytes " + storedBytes);
    }

    /** This partition with another allocation. */
    public Partition withAllocated(Throughput throughput) {
        return new Partition(id, range, throughput, storedBytes);
    }

    /** This partition with another stored size. */
    public Partition withStoredBytes(long bytes) {
        return new Partition(id, range, allocated, bytes);
    }

    /** Whether the token falls in this partition's range. */
    public boolean owns(Token token) {
        return range.contains(token);
    }

    @Override
    public String toString() {
        return id + " " + range.toShortString() + " " + Format.percent(range.ownership()) + " of key space, "
                + allocated + ", " + Format.bytes(storedBytes);
    }
}
