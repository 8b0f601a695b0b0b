package dev.dynasim.engine.partition;

import java.math.BigInteger;

/** Test helpers: tokens written as 32 hex digits or as numbers. */
final class Tokens {
    private Tokens() {
    }

    /** The token with this hex value (up to 32 digits). */
    static Token hex(String digits) {
        return Token.of(new BigInteger(digits, 16));
    }

    /** The token with this small value. */
    static Token t(long value) {
        return Token.of(BigInteger.valueOf(value));
    }

    /** The range [start, end) of two hex values. */
    static TokenRange range(String start, String end) {
        return new TokenRange(hex(start), hex(end));
    }

    /** The range [start, 2^128) of a hex value. */
    static TokenRange toTop(String start) {
        return TokenRange.fromStartToTop(hex(start));
    }
}
