package dev.dynasim.engine.table;

import dev.dynasim.engine.partition.Token;
import java.util.List;

/**
 * One tick of aggregate traffic on a table (rate-level fidelity): so many requests of one kind
 * and size, with the heavy-hitter keys' requests routed by their tokens and the rest (the tail)
 * spread over the partitions by their share of the key space. Write requests may insert
 * {@code bytesPerRequest} new bytes each. {@code operation} names the requests in the trace.
 */
public record RateTraffic(ApiOperation operation, boolean write, double unitsPerRequest, long bytesPerRequest,
                          List<Token> keyTokens, double[] keyRequests, double tailRequests) {

    /** Checks that tokens and counts match. */
    public RateTraffic {
        if (keyTokens.size() != keyRequests.length) throw new IllegalArgumentException("one request count per key token");
        keyTokens = List.copyOf(keyTokens);
    }
}
