package dev.dynasim.chart;

import java.util.List;

/**
 * The dataset of the partition-heat chart: one base table's consumed read and write units per second
 * for each partition, averaged over time buckets, against the per-partition limits; the hottest
 * partition (highest peak share of a limit) and the partitions it split from are singled out.
 */
public record PartitionHeat(String scenario, String table, long endMillis, long bucketMillis, double readLimit, double writeLimit,
                            long hottest, List<Long> hottestLineage, List<Series> partitions) {
    /** Copies the lists. */
    public PartitionHeat {
        hottestLineage = List.copyOf(hottestLineage);
        partitions = List.copyOf(partitions);
    }

    /** The series of one partition. */
    public Series series(long partition) {
        return partitions.stream().filter(s -> s.partition() == partition).findFirst().orElseThrow();
    }

    /**
     * One partition's consumption while it existed: a point per time bucket it was measured in, and its
     * peaks (in units/s) and peak share of a limit (the larger of read/readLimit and write/writeLimit).
     */
    public record Series(long partition, double peakRead, double peakWrite, double peakShare, List<Point> points) {
        /** Copies the list. */
        public Series {
            points = List.copyOf(points);
        }
    }

    /** Average units per second in the bucket {@code (fromMillis, toMillis]} over the part of it the partition lived, idle ticks as 0. */
    public record Point(long fromMillis, long toMillis, double readUnitsPerSecond, double writeUnitsPerSecond) {
    }
}
