package dev.dynasim.engine.partition;

/**
 * The name of a partition within one table or index: "P" and a number. A new map numbers its
 * partitions P0, P1, ... in key order; every split retires its parent and numbers the two children
 * with the next two unused numbers, lower half first, so ids are never reused and stay short.
 */
public record PartitionId(int number) implements Comparable<PartitionId> {
    /** Checks that the number is not negative. */
    public PartitionId {
        if (number < 0) throw new IllegalArgumentException("negative partition number " + number);
    }

    @Override
    public int compareTo(PartitionId other) {
        return Integer.compare(number, other.number);
    }

    @Override
    public String toString() {
        return "P" + number;
    }

    @Override
    public int hashCode() {
        return number;
    }
}
