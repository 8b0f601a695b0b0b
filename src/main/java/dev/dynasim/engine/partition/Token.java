package dev.dynasim.engine.partition;

import java.math.BigInteger;

/** A position in the hashed key space (the first 128 bits of a key digest), compared unsigned. */
public record Token(long high, long low) implements Comparable<Token> {
    /** The lowest token, 0; as the end of a {@link TokenRange} it stands for 2^128, the top of the space. */
    public static final Token MIN = new Token(0, 0);
    /** The highest token, 2^128 − 1. */
    public static final Token MAX = new Token(-1L, -1L);
    /** The number of tokens, 2^128. */
    public static final BigInteger SPACE = BigInteger.ONE.shiftLeft(128);
    private static final BigInteger LOW_MASK = BigInteger.ONE.shiftLeft(64).subtract(BigInteger.ONE);
    private static final int SHORT_HEX_DIGITS = 8;

    /** The token of an unsigned 128-bit value in [0, 2^128). */
    public static Token of(BigInteger value) {
        if (value.signum() < 0 || value.compareTo(SPACE) >= 0) {
            throw new IllegalArgumentException("outside the 128-bit key space: " + value);
        }
        return new Token(value.shiftRight(64).longValue(), value.and(LOW_MASK).longValue());
    }

    /** This token as an unsigned 128-bit number. */
    public BigInteger toBigInteger() {
        BigInteger h = new BigInteger(Long.toUnsignedString(high));
        return h.shiftLeft(64).or(new BigInteger(Long.toUnsignedString(low)));
    }

    /** Where this token sits in the key space, from 0.0 (MIN) to just under 1.0. */
    public double fraction() {
        return Math.scalb(unsignedToDouble(high), -64) + Math.scalb(unsignedToDouble(low), -128);
    }

    /** The token after this one; {@link #MAX} has none, and its successor wraps to {@link #MIN} (the top, as a range end). */
    public Token next() {
        long l = low + 1;
        return new Token(l == 0 ? high + 1 : high, l);
    }

    /** The first 8 hex digits, followed by "…" when any later digit is not zero. */
    public String toShortString() {
        String full = toString();
        String head = full.substring(0, SHORT_HEX_DIGITS);
        return full.substring(SHORT_HEX_DIGITS).chars().allMatch(c -> c == '0') ? head : head + "…";
    }

    @Override
    public int compareTo(Token other) {
        int c = Long.compareUnsigned(high, other.high);
        return c != 0 ? c : Long.compareUnsigned(low, other.low);
    }

    @Override
    public int hashCode() {
        return 31 * Long.hashCode(high) + Long.hashCode(low);
    }

    @Override
    public String toString() {
        return String.format("%016x%016x", high, low);
    }

    private static double unsignedToDouble(long v) {
        double d = (double) (v >>> 1) * 2.0;
        return d + (v & 1L);
    }
}
