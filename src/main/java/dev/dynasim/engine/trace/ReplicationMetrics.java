package dev.dynasim.engine.trace;

/**
 * One table's replication over one tick, written for each tick with replication activity: eventually
 * consistent reads and how many returned an older version (and by how many versions and milliseconds
 * at most), the replication lags of its writes' followers (median, 99th percentile and maximum, ms),
 * and the writes and reads its replica groups refused.
 *
 * @param time simulated milliseconds
 * @param table table name
 * @param eventualReads eventually consistent point reads served
 * @param staleReads those that returned an older version than the leader's
 * @param maxVersionsBehind the most writes a read was behind
 * @param maxStalenessMillis the longest a stale read was behind, from the oldest write it missed
 * @param replicatedWrites writes replicated in the tick
 * @param lagP50Millis median follower lag
 * @param lagP99Millis 99th-percentile follower lag
 * @param lagMaxMillis longest follower lag
 * @param writesRefused writes refused with InternalServerError
 * @param readsRefused reads refused with InternalServerError
 */
public record ReplicationMetrics(long time, String table, long eventualReads, long staleReads, long maxVersionsBehind,
                                 long maxStalenessMillis, long replicatedWrites, long lagP50Millis, long lagP99Millis,
                                 long lagMaxMillis, long writesRefused, long readsRefused) implements TraceEvent {

    /** Checks the fields. */
    public ReplicationMetrics {
        Events.check(time, table);
    }

    /** The share of eventually consistent reads that were stale, 0 when there were none. */
    public double staleFraction() {
        return eventualReads == 0 ? 0 : (double) staleReads / eventualReads;
    }
}
