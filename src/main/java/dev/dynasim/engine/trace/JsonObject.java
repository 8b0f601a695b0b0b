package dev.dynasim.engine.trace;

import java.util.List;

/**
 * A tiny deterministic writer of one flat JSON object: fields in the order written, numbers
 * without locale, strings escaped, nulls written as {@code null}.
 */
final class JsonObject {
    /** Largest magnitude below which a whole double is written without a fraction (2^53). */
    private static final double EXACT_WHOLE = 9_007_199_254_740_992.0;

    private final StringBuilder out = new StringBuilder(160).append('{');
    private boolean first = true;

    /** Adds a string field (null allowed). */
    JsonObject field(String name, String value) {
        name(name);
        if (value == null) out.append("null");
        else string(value);
        return this;
    }

    /** Adds a boolean field. */
    JsonObject field(String name, boolean value) {
        name(name);
        out.append(value);
        return this;
    }

    /** Adds a whole-number field. */
    JsonObject field(String name, long value) {
        name(name);
        out.append(value);
        return this;
    }

    /** Adds a number field: a whole value without fraction, others in shortest round-trip form. */
    JsonObject field(String name, double value) {
        name(name);
        out.append(number(value));
        return this;
    }

    /** Adds an array of whole numbers. */
    JsonObject longs(String name, List<Long> values) {
        name(name);
        out.append('[');
        for (int i = 0; i < values.size(); i++) {
            if (i > 0) out.append(',');
            out.append(values.get(i).longValue());
        }
        out.append(']');
        return this;
    }

    /** Adds an array of strings. */
    JsonObject strings(String name, List<String> values) {
        name(name);
        out.append('[');
        for (int i = 0; i < values.size(); i++) {
            if (i > 0) out.append(',');
            string(values.get(i));
        }
        out.append(']');
        return this;
    }

    /** The object's text. */
    String close() {
        return out.append('}').toString();
    }

    /** The JSON text of a finite number: "3" for 3.0, "0.5", "1.0E20" beyond 2^53. */
    static String number(double value) {
        if (Double.isNaN(value) || Double.isInfinite(value)) {
            throw new IllegalArgumentException("JSON has no number " + value);
        }
        if (value == Math.rint(value) && Math.abs(value) < EXACT_WHOLE) return Long.toString((long) value);
        return Double.toString(value);
    }

    private void name(String name) {
        if (!first) out.append(',');
        first = false;
        string(name);
        out.append(':');
    }

    private void string(String s) {
        out.append('"');
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                case '\b' -> out.append("\\b");
                case '\f' -> out.append("\\f");
                default -> {
                    if (c < 0x20 || c == 0x2028 || c == 0x2029) unicodeEscape(c);
                    else out.append(c);
                }
            }
        }
        out.append('"');
    }

    private void unicodeEscape(char c) {
        String hex = Integer.toHexString(c);
        out.append("\\u");
        for (int i = hex.length(); i < 4; i++) out.append('0');
        out.append(hex);
    }
}
