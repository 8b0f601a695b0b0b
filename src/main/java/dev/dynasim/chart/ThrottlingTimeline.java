package dev.dynasim.chart;

import java.util.List;

/**
 * The dataset of the throttling chart: requests served and throttled per second in each time bucket
 * of a run (all tables), the throttled ones split by DynamoDB's throttling reason, and the run's totals.
 */
public record ThrottlingTimeline(String scenario, long endMillis, long bucketMillis, long servedRequests,
                                 List<ReasonTotal> reasons, List<Bucket> buckets) {
    /** Copies the lists. */
    public ThrottlingTimeline {
        reasons = List.copyOf(reasons);
        buckets = List.copyOf(buckets);
    }

    /** The requests throttled in the whole run. */
    public long throttledRequests() {
        return reasons.stream().mapToLong(ReasonTotal::requests).sum();
    }

    /** How many requests were throttled for one reason over the whole run. */
    public record ReasonTotal(String reason, long requests) {
    }

    /**
     * One time bucket, {@code (fromMillis, toMillis]}: requests served per second, and throttled per
     * second for each reason, in the order of {@link #reasons()}.
     */
    public record Bucket(long fromMillis, long toMillis, double servedPerSecond, List<Double> throttledPerSecond) {
        /** Copies the list. */
        public Bucket {
            throttledPerSecond = List.copyOf(throttledPerSecond);
        }
    }
}
