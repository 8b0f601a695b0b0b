package dev.dynasim.engine.partition;

import java.math.BigDecimal;

/**
 * The order-preserving byte encoding of a number that DynamoDB Local hashes for a numeric
 * partition key: an exponent byte, then one byte per base-100 digit pair (value + 1; for
 * negatives, 101 − value, with a 102 terminator when short), so that equal numbers written
 * differently ("1", "1.0", "1E0") encode, and therefore hash, alike.
 */
final class NumberEncoding {
    /** The encoding of zero. */
    private static final byte ZERO = (byte) 0x80;
    /** Exponent bias of the first byte. */
    private static final int EXPONENT_BIAS = 192;
    /** Negative numbers shorter than this many digit pairs end with a terminator byte. */
    private static final int TERMINATED_BELOW_PAIRS = 20;
    /** The terminator byte of a short negative number. */
    private static final byte NEGATIVE_TERMINATOR = 102;

    private NumberEncoding() {
    }

    /** The bytes of a number. */
    static byte[] encode(BigDecimal number) {
        if (number.signum() == 0) return new byte[] {ZERO};
        boolean negative = number.signum() < 0;
        BigDecimal v = number.abs().stripTrailingZeros();
        StringBuilder digits = new StringBuilder(v.unscaledValue().toString());
        int exponent = digits.length() - v.scale();
        if (Math.floorMod(exponent, 2) != 0) {
            digits.insert(0, '0');
            exponent++;
        }
        if (digits.length() % 2 != 0) digits.append('0');
        int pairs = digits.length() / 2;
        boolean terminated = negative && pairs < TERMINATED_BELOW_PAIRS;
        byte[] out = new byte[pairs + 1 + (terminated ? 1 : 0)];
        int first = EXPONENT_BIAS + exponent / 2;
        out[0] = (byte) (negative ? ~first : first);
        for (int k = 0; k < pairs; k++) {
            int value = (digits.charAt(2 * k) - '0') * 10 + (digits.charAt(2 * k + 1) - '0');
            out[k + 1] = (byte) (negative ? 101 - value : value + 1);
        }
        if (terminated) out[pairs + 1] = NEGATIVE_TERMINATOR;
        return out;
    }
}
