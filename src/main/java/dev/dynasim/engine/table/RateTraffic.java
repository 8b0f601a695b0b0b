package dev.dynasim.engine.table;

import dev.dynasim.engine.partition.Token;
import java.util.List;

/**
 * One tick of aggregate traffic on a table (rate-level fidelity): so many requests of one kind
 * and size, with the heavy-hitter keys' requests routed by their tokens and the rest (the tail)
 * spread over the partitions by their share of the key space. A write may insert a new item of
 * {@code bytesPerInsert} bytes: each heavy-hitter key inserts at most {@code keyInserts[i]} items
 * (1 for a key not written before, else 0), and {@code tailInsertShare} of the served tail requests
 * insert (the rest overwrite items of the same size). {@code operation} names the requests in the trace.
 */
public record RateTraffic(ApiOperation operation, boolean write, double unitsPerRequest, long bytesPerInsert,
                          List<Token> keyTokens, double[] keyRequests, double[] keyInserts, double tailRequests,
                          double tailInsertShare) {

    /** Checks that tokens and counts match. */
    public RateTraffic {
        if (keyTokens.size() != keyRequests.length || keyInserts.length != keyRequests.length) {
            throw new IllegalArgumentException("one request count and insert count per key token");
        }
        if (!(tailInsertShare >= 0 && tailInsertShare <= 1)) throw new IllegalArgumentException("bad insert share " + tailInsertShare);
        keyTokens = List.copyOf(keyTokens);
    }

    /** Traffic that inserts nothing (reads, and writes that rewrite items in place). */
    public static RateTraffic inPlace(ApiOperation operation, boolean write, double unitsPerRequest, List<Token> keyTokens,
                                      double[] keyRequests, double tailRequests) {
        return new RateTraffic(operation, write, unitsPerRequest, 0, keyTokens, keyRequests, new double[keyRequests.length],
                tailRequests, 0);
    }
}
