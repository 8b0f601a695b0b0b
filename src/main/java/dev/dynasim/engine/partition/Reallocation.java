package dev.dynasim.engine.partition;

/** The outcome of a throughput change: the partition count before and after, and each partition's new share. */
public record Reallocation(int partitionsBefore, int partitionsAfter, Throughput perPartition) {

    /** How many times the partitions doubled (0 when the count was kept). */
    public int doublings() {
        return Integer.numberOfTrailingZeros(partitionsAfter / partitionsBefore);
    }

    @Override
    public String toString() {
        String count = partitionsBefore == partitionsAfter ? partitionsAfter + " partitions kept"
                : partitionsBefore + " -> " + partitionsAfter + " partitions";
        return count + ", " + perPartition + " each";
    }
}
