package dev.dynasim.engine.table;

import java.util.Arrays;

/**
 * One tick's replication figures across a database: eventually consistent reads and how many of them
 * were stale (and by how much), the replication lags drawn, and requests refused because a replica
 * group could not serve them. Reset after each tick.
 */
final class ReplicationTally {
    long eventualReads;
    long staleReads;
    long maxVersionsBehind;
    long maxStalenessMillis;
    long unavailableWrites;
    long unavailableReads;
    private long[] lags = new long[64];
    private int lagCount;

    void lag(long millis) {
        if (lagCount == lags.length) lags = Arrays.copyOf(lags, lags.length * 2);
        lags[lagCount++] = millis;
    }

    void eventualRead(long versionsBehind, long stalenessMillis) {
        eventualReads++;
        if (versionsBehind > 0) {
            staleReads++;
            maxVersionsBehind = Math.max(maxVersionsBehind, versionsBehind);
            maxStalenessMillis = Math.max(maxStalenessMillis, stalenessMillis);
        }
    }

    /** The lag at quantile {@code q} (nearest rank) of those drawn this tick, or 0 when none was. */
    long lagQuantile(double q) {
        if (lagCount == 0) return 0;
        long[] sorted = Arrays.copyOf(lags, lagCount);
        Arrays.sort(sorted);
        int rank = (int) Math.ceil(q * lagCount);
        return sorted[Math.max(0, Math.min(lagCount - 1, rank - 1))];
    }

    /** These figures as a value for the trace. */
    ReplicationFigures figures(String table) {
        return new ReplicationFigures(table, eventualReads, staleReads, maxVersionsBehind, maxStalenessMillis, lagCount,
                lagQuantile(0.5), lagQuantile(0.99), lagQuantile(1.0), unavailableWrites, unavailableReads);
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
