package dev.dynasim.engine.partition;

/**
 * The units consumed on one partition key value during the recent window, and when it was first and
 * last accessed in that window (simulated milliseconds), from which a sequential access pattern shows.
 */
public record KeyLoad(Token token, double units, long firstAccessMillis, long lastAccessMillis) {
    /** Checks the components. */
    public KeyLoad {
        if (token == null || !(units >= 0)) throw new IllegalArgumentException("bad key load " + token + " " + units);
        if (lastAccessMillis < firstAccessMillis) throw new IllegalArgumentException("last access before first");
    }

    /** A key's load without access times (treated as accessed throughout the window). */
    public static KeyLoad of(Token token, double units) {
        return new KeyLoad(token, units, Long.MIN_VALUE, Long.MAX_VALUE);
    }
}
