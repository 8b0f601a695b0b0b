package dev.dynasim.engine.table;

import java.util.Arrays;

/**
 * One tick's replication figures across a database: eventually consistent reads and how many of them
 * were stale (and by how much), the replication lags drawn, and requests refused because a replica
 * group could not serve them. Reset after each tick.
 */
final class ReplicationTally {
    /** Eventually consistent reads and stale ones: fractional at rate level, whole at item level. */
    double eventualReads;
    double staleReads;
    long maxVersionsBehind;
    long maxStalenessMillis;
    double unavailableWrites;
    double unavailableReads;
    private long[] lags = new long[64];
    private int lagCount;

    void lag(long millis) {
        if (lagCount == lags.length) lags = Arrays.copyOf(lags, lags.length * 2);
        lags[lagCount++] = millis;
    }

    /** Rate level: {@code reads} eventually consistent reads, {@code stale} of them expected to be stale. */
    void eventualReads(double reads, double stale) {
        eventualReads += reads;
        staleReads += stale;
    }

    void eventualRead(long versionsBehind, long stalenessMillis) {
        eventualReads++;
        if (versionsBehind > 0) {
            staleReads++;
            maxVersionsBehind = Math.max(maxVersionsBehind, versionsBehind);
            maxStalenessMillis = Math.max(maxStalenessMillis, stalenessMillis);
        }
    }

    /** The lag at quantile {@code q} (nearest rank) of {@code sorted}, the first {@code n} of which are this tick's; 0 when none. */
    private static long quantile(long[] sorted, int n, double q) {
        if (n == 0) return 0;
        int rank = (int) Math.ceil(q * n);
        return sorted[Math.max(0, Math.min(n - 1, rank - 1))];
    }

    /** These figures as a value for the trace. */
    ReplicationFigures figures(String table) {
        Arrays.sort(lags, 0, lagCount);
        return new ReplicationFigures(table, Math.round(eventualReads), Math.round(staleReads), maxVersionsBehind, maxStalenessMillis, lagCount,
                quantile(lags, lagCount, 0.5), quantile(lags, lagCount, 0.99), quantile(lags, lagCount, 1.0),
                Math.round(unavailableWrites), Math.round(unavailableReads));
    }

    boolean isEmpty() {
        return eventualReads == 0 && lagCount == 0 && unavailableWrites == 0 && unavailableReads == 0;
    }

    void reset() {
        eventualReads = 0;
        staleReads = 0;
        maxVersionsBehind = 0;
        maxStalenessMillis = 0;
        unavailableWrites = 0;
        unavailableReads = 0;
        lagCount = 0;
    }
}
