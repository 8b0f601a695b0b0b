package dev.dynasim.engine.table;

import dev.dynasim.engine.model.DynamoDbException;
import dev.dynasim.engine.model.Limits;
import dev.dynasim.engine.partition.Token;

/**
 * A parallel Scan's share of the key space: segment {@code segment} of {@code total} equal
 * slices of the hashed token space. One segment of one covers everything.
 */
record Segments(int segment, int total) {
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

    /** True when the token falls in this segment. */
    boolean contains(Token token) {
        if (total == 1) return true;
        long position = token.high() >>> 1;
        long width = Long.MAX_VALUE / total + 1;
        return (int) Math.min(total - 1, position / width) == segment;
    }
}
