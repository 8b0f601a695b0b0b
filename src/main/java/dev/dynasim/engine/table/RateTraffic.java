package dev.dynasim.engine.table;

import dev.dynasim.engine.partition.Token;
import java.util.List;
import java.util.Map;

/**
 * One tick of aggregate traffic on a table (rate-level fidelity): so many requests of one kind
 * (read or write) and size, with the heavy-hitter keys' requests routed by their tokens and the rest
 * (the tail) spread over the partitions by their share of the key space. {@code operations} splits
 * the requests between API operations by share (for the trace); all of them meet the same gates
 * together, so none is served before another. Of the served requests, {@code putShare} are PutItems,
 * which may insert a new item of {@code bytesPerInsert} bytes: heavy-hitter key {@code i} at most
 * {@code keyInserts[i]} items in all (1 for a key not written before), and in the tail
 * {@code tailNewShare} of the PutItems (the rest overwrite items of the same size). For reads,
 * {@code reads} says how many are strongly consistent and how often the keys are written (null for
 * writes, and for scans, whose staleness is not modelled), from which replication's effects follow (stale eventually consistent reads, reads refused
 * while a group cannot serve).
 */
public record RateTraffic(Map<ApiOperation, Double> operations, boolean write, double unitsPerRequest,
                          long bytesPerInsert, List<Token> keyTokens, double[] keyRequests, double[] keyInserts,
                          double tailRequests, double putShare, double tailNewShare, ReadMix reads) {

    /**
     * What replication needs to know of rate-level reads: the share that is strongly consistent, and
     * the write rate (per millisecond) of each heavy-hitter key and of each key of the tail.
     */
    public record ReadMix(double strongShare, double[] keyWritesPerMilli, double tailKeyWritesPerMilli) {
    }

    /** Checks that tokens and counts match and the shares are fractions. */
    public RateTraffic {
        if (keyTokens.size() != keyRequests.length || keyInserts.length != keyRequests.length) {
            throw new IllegalArgumentException("one request count and insert count per key token");
        }
        if (!(putShare >= 0 && putShare <= 1) || !(tailNewShare >= 0 && tailNewShare <= 1)) {
            throw new IllegalArgumentException("bad shares " + putShare + ", " + tailNewShare);
        }
        if (operations.isEmpty()) throw new IllegalArgumentException("traffic needs an operation");
        operations = java.util.Collections.unmodifiableMap(new java.util.EnumMap<>(operations));
        keyTokens = List.copyOf(keyTokens);
    }

    /** Traffic of one operation that inserts nothing (reads, and writes that rewrite items in place). */
    public static RateTraffic inPlace(ApiOperation operation, boolean write, double unitsPerRequest, List<Token> keyTokens,
                                      double[] keyRequests, double tailRequests) {
        return new RateTraffic(Map.of(operation, 1.0), write, unitsPerRequest, 0, keyTokens, keyRequests,
                new double[keyRequests.length], tailRequests, 0, 0, null);
    }
}
