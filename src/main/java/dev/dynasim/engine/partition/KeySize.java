package dev.dynasim.engine.partition;

/** The bytes stored under one partition key value (its item collection), at its token. */
public record KeySize(Token token, long bytes) {
    /** Checks the components. */
    public KeySize {
        if (token == null || bytes < 0) throw new IllegalArgumentException("bad key size " + token + " " + bytes);
    }
}
