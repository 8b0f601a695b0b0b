package dev.dynasim.engine.table;

/**
 * One table's replication over one tick: eventually consistent reads and how many returned an older
 * version (and the most versions and milliseconds behind), the replication lags drawn for its writes
 * (median, 99th percentile, maximum, in ms; 0 when none), and the writes and reads refused because a
 * replica group could not serve them.
 */
public record ReplicationFigures(String table, long eventualReads, long staleReads, long maxVersionsBehind,
                                 long maxStalenessMillis, long replicatedWrites, long lagP50Millis, long lagP99Millis,
                                 long lagMaxMillis, long writesRefused, long readsRefused) {
}
