package dev.dynasim.chart;

import java.util.List;

/**
 * The dataset of the replication chart: in buckets of {@code bucketMillis} (whole ticks), the
 * eventually consistent reads served and how many were stale, and the worst median and 99th-percentile
 * follower lag of any table in the bucket; and the Availability Zone outages of the run.
 */
public record ReplicationTimeline(String scenario, long endMillis, long bucketMillis, List<Bucket> buckets, List<Outage> outages) {
    /** Copies the lists. */
    public ReplicationTimeline {
        buckets = List.copyOf(buckets);
        outages = List.copyOf(outages);
    }

    /** The ticks ending in ({@code fromMillis}, {@code toMillis}]: reads, stale reads, worst lags (ms). */
    public record Bucket(long fromMillis, long toMillis, long eventualReads, long staleReads, long lagP50Millis, long lagP99Millis) {
        /** The share of eventually consistent reads that were stale, 0 when there were none. */
        public double staleFraction() {
            return eventualReads == 0 ? 0 : (double) staleReads / eventualReads;
        }
    }

    /** A zone down from {@code fromMillis} to {@code toMillis} (the run's end if it never came back). */
    public record Outage(String zone, long fromMillis, long toMillis) {
    }
}
