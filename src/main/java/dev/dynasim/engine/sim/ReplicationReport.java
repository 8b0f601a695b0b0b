package dev.dynasim.engine.sim;

import java.util.Map;

/**
 * One table's replication over a scenario: eventually consistent point reads and how many were
 * stale (and the longest staleness), the largest per-tick 99th-percentile and maximum follower lag,
 * the requests refused with a server error by reason (LEASE_WAIT, NO_QUORUM, NO_REPLICA), the leader
 * elections, and the lowest availability of a 5-minute window (1 when no window had a failure).
 */
public record ReplicationReport(String table, long eventualReads, long staleReads, long maxStalenessMillis,
                                long lagP99Millis, long lagMaxMillis, Map<String, Long> refusedByReason,
                                long leaderElections, double lowestAvailability) {

    /** Copies the map. */
    public ReplicationReport {
        refusedByReason = Map.copyOf(refusedByReason);
    }

    /** The share of eventually consistent reads that were stale, 0 when there were none. */
    public double staleFraction() {
        return eventualReads == 0 ? 0 : (double) staleReads / eventualReads;
    }

    /** All requests refused with a server error. */
    public long refused() {
        return refusedByReason.values().stream().mapToLong(Long::longValue).sum();
    }
}
