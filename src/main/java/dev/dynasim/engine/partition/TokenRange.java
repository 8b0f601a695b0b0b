package dev.dynasim.engine.partition;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;

/**
 * A half-open slice {@code [start, end)} of the 128-bit token space, with no wrap-around (F3.3, F3.4).
 * The top of the space, 2^128, is not a token: an {@code end} of {@link Token#MIN} stands for it. Since no
 * range wraps, MIN can be no other end, so {@code [MIN, MIN)} is the whole space ({@link #FULL}) and every
 * range is non-empty. Widths, midpoints and ownership are computed exactly, so the edges cannot overflow.
 */
public record TokenRange(Token start, Token end) {
    /** The whole key space, [0, 2^128). */
    public static final TokenRange FULL = new TokenRange(Token.MIN, Token.MIN);
    private static final String TOP = "2^128";

    /** Checks that the range is non-empty and does not wrap. */
    public TokenRange {
        if (start == null || end == null) throw new IllegalArgumentException("a token range needs a start and an end");
        if (!end.equals(Token.MIN) && start.compareTo(end) >= 0) {
            throw new IllegalArgumentException("empty or wrapping token range [" + start + ", " + end + ")");
        }
    }

    /** The range [start, 2^128). */
    public static TokenRange fromStartToTop(Token start) {
        return new TokenRange(start, Token.MIN);
    }

    /** Whether the range runs to the top of the space (its end is 2^128). */
    public boolean endsAtTop() {
        return end.equals(Token.MIN);
    }

    /** Whether the range is the whole key space. */
    public boolean isFull() {
        return start.equals(Token.MIN) && endsAtTop();
    }

    /** Whether the token lies in [start, end). */
    public boolean contains(Token token) {
        return start.compareTo(token) <= 0 && (endsAtTop() || token.compareTo(end) < 0);
    }

    /** The end as an unsigned number: 2^128 for a range that runs to the top. */
    public BigInteger endValue() {
        return endsAtTop() ? Token.SPACE : end.toBigInteger();
    }

    /** The number of tokens in the range, from 1 to 2^128. */
    public BigInteger width() {
        return endValue().subtract(start.toBigInteger());
    }

    /** The share of the whole key space this range owns, from just above 0.0 to 1.0. */
    public double ownership() {
        return new BigDecimal(width()).divide(new BigDecimal(Token.SPACE)).doubleValue();
    }

    /** The token halfway in: start + floor(width / 2); equal to start only when the width is 1. */
    public Token midpoint() {
        return Token.of(start.toBigInteger().add(width().shiftRight(1)));
    }

    /** Whether splitting at this token leaves two non-empty halves: start &lt; token &lt; end. */
    public boolean canSplitAt(Token token) {
        return start.compareTo(token) < 0 && contains(token);
    }

    /** The two halves [start, at) and [at, end); {@code at} must satisfy {@link #canSplitAt}. */
    public List<TokenRange> split(Token at) {
        if (!canSplitAt(at)) throw new IllegalArgumentException("cannot split " + this + " at " + at);
        return List.of(new TokenRange(start, at), new TokenRange(at, end));
    }

    /** The range cut into {@code n} contiguous slices of equal width (the first ones one token wider when uneven). */
    public List<TokenRange> divide(int n) {
        BigInteger w = width();
        if (n < 1 || BigInteger.valueOf(n).compareTo(w) > 0) {
            throw new IllegalArgumentException("cannot divide " + this + " into " + n + " slices");
        }
        BigInteger s = start.toBigInteger();
        List<TokenRange> out = new ArrayList<>(n);
        Token from = start;
        for (int i = 1; i <= n; i++) {
            Token to = i == n ? end : Token.of(s.add(ceilDiv(w.multiply(BigInteger.valueOf(i)), n)));
            out.add(new TokenRange(from, to));
            from = to;
        }
        return out;
    }

    /** The end in short hex form, or "2^128" for the top of the space. */
    public String endShortString() {
        return endsAtTop() ? TOP : end.toShortString();
    }

    /** The range with both bounds in short hex form, e.g. {@code [40000000…, 80000000…)}. */
    public String toShortString() {
        return "[" + start.toShortString() + ", " + endShortString() + ")";
    }

    /** The range with both bounds in full 32-digit hex. */
    @Override
    public String toString() {
        return "[" + start + ", " + (endsAtTop() ? TOP : end.toString()) + ")";
    }

    private static BigInteger ceilDiv(BigInteger a, int n) {
        BigInteger[] qr = a.divideAndRemainder(BigInteger.valueOf(n));
        return qr[1].signum() == 0 ? qr[0] : qr[0].add(BigInteger.ONE);
    }
}
