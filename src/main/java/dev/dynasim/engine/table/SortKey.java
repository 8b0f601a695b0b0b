package dev.dynasim.engine.table;

import dev.dynasim.engine.model.AttributeValue;
import java.util.Arrays;

/**
 * The position of an item inside its partition key group: a tuple of key values compared in
 * DynamoDB order (a table's sort key; for an index, its sort key then the table's key).
 */
record SortKey(AttributeValue[] parts) implements Comparable<SortKey> {
    /** The position of the only item of a group in a table without a sort key. */
    static final SortKey NONE = new SortKey(new AttributeValue[0]);

    /** A tuple of the given values (none may be null). */
    static SortKey of(AttributeValue... parts) {
        return parts.length == 0 ? NONE : new SortKey(parts);
    }

    @Override
    public int compareTo(SortKey other) {
        int n = Math.min(parts.length, other.parts.length);
        for (int i = 0; i < n; i++) {
            int c = AttributeValues.compare(parts[i], other.parts[i]);
            if (c != 0) return c;
        }
        return Integer.compare(parts.length, other.parts.length);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof SortKey other && Arrays.equals(parts, other.parts);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(parts);
    }

    @Override
    public String toString() {
        return Arrays.toString(parts);
    }
}
