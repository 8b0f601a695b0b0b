package dev.dynasim.engine.replication;

/**
 * The timing of replication, in simulated milliseconds. DynamoDB publishes none of these figures
 * exactly, so each is a parameter with a documented teaching default:
 * <ul>
 *   <li>replication lag: a follower applies a write {@code lagMeanMillis} after the leader on average
 *       (exponentially distributed) and never later than {@code lagMaxMillis}, so replicas converge
 *       "within one second or less" (F4.10);</li>
 *   <li>{@code leaseMillis}: a new leader serves writes and strongly consistent reads only once the old
 *       leader's lease has expired, "a couple of seconds" (F4.6);</li>
 *   <li>{@code logReplicaMillis}: after a replica fails, the leader adds a log replica "in a few
 *       seconds" (F4.5);</li>
 *   <li>{@code storageRebuildMillis}: rebuilding a full storage replica takes "several minutes" (F4.5).</li>
 * </ul>
 */
public record ReplicationSettings(double lagMeanMillis, long lagMaxMillis, long leaseMillis, long logReplicaMillis,
                                  long storageRebuildMillis) {
    /** Mean replication lag: 50 ms (chosen; F4.10 says only that replicas converge within about a second). */
    public static final double DEFAULT_LAG_MEAN_MILLIS = 50;
    /** Longest replication lag: 1 s, "within one second or less" (F4.10). */
    public static final long DEFAULT_LAG_MAX_MILLIS = 1_000;
    /** Lease a new leader waits out: 2 s, "a couple of seconds" (F4.6). */
    public static final long DEFAULT_LEASE_MILLIS = 2_000;
    /** Time to add a log replica after a failure: 5 s, "a few seconds" (F4.5). */
    public static final long DEFAULT_LOG_REPLICA_MILLIS = 5_000;
    /** Time to rebuild a storage replica: 10 minutes, "several minutes" (F4.5). */
    public static final long DEFAULT_STORAGE_REBUILD_MILLIS = 10L * 60 * 1000;
    /** The most extra lag a slowed replica may be given: a day (a simulator bound, so that times cannot overflow). */
    public static final long MAX_EXTRA_LAG_MILLIS = 24L * 60 * 60 * 1000;
    /** The documented defaults. */
    public static final ReplicationSettings DEFAULTS = new ReplicationSettings(DEFAULT_LAG_MEAN_MILLIS,
            DEFAULT_LAG_MAX_MILLIS, DEFAULT_LEASE_MILLIS, DEFAULT_LOG_REPLICA_MILLIS, DEFAULT_STORAGE_REBUILD_MILLIS);
    /** No replication lag at all: followers apply every write at once (time that does not pass, e.g. a frozen clock). */
    public static final ReplicationSettings NO_LAG = new ReplicationSettings(0, 0, DEFAULT_LEASE_MILLIS,
            DEFAULT_LOG_REPLICA_MILLIS, DEFAULT_STORAGE_REBUILD_MILLIS);

    /** Checks the parameters. */
    public ReplicationSettings {
        if (!(lagMeanMillis >= 0) || lagMaxMillis < 0 || leaseMillis < 0 || logReplicaMillis < 0 || storageRebuildMillis < 0) {
            throw new IllegalArgumentException("replication times must not be negative");
        }
    }

    /** A follower's lag for one write, drawn from {@code u}, a uniform number in [0, 1): exponential, capped. */
    public long lag(double u) {
        if (lagMeanMillis == 0 || lagMaxMillis == 0) return 0;
        double lag = -lagMeanMillis * Math.log1p(-u);
        return Math.min(lagMaxMillis, Math.round(lag));
    }
}
