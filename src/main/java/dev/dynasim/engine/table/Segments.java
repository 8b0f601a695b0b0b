package dev.dynasim.engine.table;

import dev.dynasim.engine.model.DynamoDbException;
import dev.dynasim.engine.model.Limits;
import dev.dynasim.engine.partition.KeyHasher;
import dev.dynasim.engine.partition.Token;
import java.math.BigInteger;

/**
 * A parallel Scan's share of the key space: segment {@code segment} of {@code total} equal
 * slices of the hashed token space. One segment of one covers everything.
 */
record Segments(int segment, int total) {
    private static final int DIGEST_BITS = KeyHasher.DIGEST_BYTES * 8;
    private static final int TOKEN_BITS = 128;
    private static final BigInteger DIGEST_MAX = BigInteger.ONE.shiftLeft(DIGEST_BITS).subtract(BigInteger.ONE);

    /** The whole key space. */
    static final Segments ALL = new Segments(0, 1);

    /** Validates Segment/TotalSegments as DynamoDB does (oracle scan-segment-* cases). */
    static Segments of(Integer segment, Integer total) {
        if (segment == null && total == null) return ALL;
        if (total == null) throw DynamoDbException.validation("If segment is specified, total segment must also be specified");
        if (segment == null) throw DynamoDbException.validation("If total segment is specified, segment must also be specified");
        if (total < 1 || total > Limits.MAX_TOTAL_SEGMENTS) {
            throw DynamoDbException.validation("1 validation error detected: Value '" + total
                    + "' at 'totalSegments' failed to satisfy constraint: Member must have value "
                    + (total < 1 ? "greater than or equal to 1" : "less than or equal to " + Limits.MAX_TOTAL_SEGMENTS));
        }
        if (segment < 0 || segment >= total) {
            throw DynamoDbException.validation("1 validation error detected: Value '" + segment
                    + "' at 'segment' failed to satisfy constraint: Member must have value "
                    + (segment < 0 ? "greater than or equal to 0" : "less than or equal to " + (total - 1)));
        }
        return new Segments(segment, total);
    }

    /**
     * True when the token falls in this segment. As in DynamoDB Local, the 160-bit digest space
     * [0, 2^160 − 1] is cut into {@code total} slices of width (2^160 − 1) / total, the last one
     * taking the remainder; the token's 128 bits stand for the digest's leading bits.
     */
    boolean contains(Token token) {
        if (total == 1) return true;
        BigInteger digest = new BigInteger(1, toBytes(token)).shiftLeft(DIGEST_BITS - TOKEN_BITS);
        BigInteger width = DIGEST_MAX.divide(BigInteger.valueOf(total));
        int slice = digest.divide(width).min(BigInteger.valueOf(total - 1L)).intValue();
        return slice == segment;
    }

    private static byte[] toBytes(Token token) {
        byte[] b = new byte[TOKEN_BITS / 8];
        for (int i = 0; i < 8; i++) {
            b[i] = (byte) (token.high() >>> (56 - 8 * i));
            b[8 + i] = (byte) (token.low() >>> (56 - 8 * i));
        }
        return b;
    }
}
