package dev.dynasim.engine.model;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.Map;

/**
 * DynamoDB's byte rules for item sizes (facts file 1.5): an item is the sum of its attribute
 * name bytes (UTF-8) and value bytes. Numbers are measured as the oracle shows DynamoDB does:
 * base-100 digit pairs aligned on the decimal point, plus one byte, plus one more if negative
 * (F1.23, refined rule); {@link #documentedNumberBytes} gives the documented approximation.
 */
public final class ItemSizes {
    /** Per-container overhead of a map or list: 3 bytes (F1.22). */
    private static final int CONTAINER_OVERHEAD = 3;
    /** Per-element overhead inside a map or list: 1 byte (F1.22). */
    private static final int ELEMENT_OVERHEAD = 1;
    /** Size of BOOL and NULL: 1 byte (F1.22). */
    private static final int BOOL_OR_NULL = 1;

    private ItemSizes() {
    }

    /** Bytes of an item: names plus values. */
    public static long itemBytes(Map<String, AttributeValue> item) {
        long total = 0;
        for (Map.Entry<String, AttributeValue> e : item.entrySet()) {
            total += utf8Length(e.getKey()) + valueBytes(e.getValue());
        }
        return total;
    }

    /** Bytes of one value, by type (F1.22). */
    public static long valueBytes(AttributeValue value) {
        if (value instanceof AttributeValue.S s) return s.utf8Length();
        if (value instanceof AttributeValue.N n) return numberBytes(n.value());
        if (value instanceof AttributeValue.B b) return b.length();
        if (value instanceof AttributeValue.Bool || value instanceof AttributeValue.Null) return BOOL_OR_NULL;
        if (value instanceof AttributeValue.M m) {
            long total = CONTAINER_OVERHEAD;
            for (Map.Entry<String, AttributeValue> e : m.value().entrySet()) {
                total += utf8Length(e.getKey()) + valueBytes(e.getValue()) + ELEMENT_OVERHEAD;
            }
            return total;
        }
        if (value instanceof AttributeValue.L l) {
            long total = CONTAINER_OVERHEAD;
            for (AttributeValue v : l.value()) total += valueBytes(v) + ELEMENT_OVERHEAD;
            return total;
        }
        if (value instanceof AttributeValue.SS ss) {
            long total = 0;
            for (String s : ss.value()) total += utf8Length(s);
            return total;
        }
        if (value instanceof AttributeValue.NS ns) {
            long total = 0;
            for (AttributeValue.N n : ns.value()) total += numberBytes(n.value());
            return total;
        }
        AttributeValue.BS bs = (AttributeValue.BS) value;
        long total = 0;
        for (AttributeValue.B b : bs.value()) total += b.length();
        return total;
    }

    /**
     * Bytes of a number: one per base-100 digit pair spanned by its significant digits (pairs
     * aligned on the decimal point), plus one, plus one if negative. Zero is one byte.
     */
    public static int numberBytes(BigDecimal number) {
        if (number.signum() == 0) return 1;
        BigDecimal n = number.stripTrailingZeros();
        int digits = n.precision();
        int lowest = -n.scale();
        int highest = lowest + digits - 1;
        int pairs = Math.floorDiv(highest, 2) - Math.floorDiv(lowest, 2) + 1;
        return pairs + 1 + (n.signum() < 0 ? 1 : 0);
    }

    /** The documented approximation: 1 byte per 2 significant digits, plus 1 (F1.23). */
    public static int documentedNumberBytes(BigDecimal number) {
        if (number.signum() == 0) return 1;
        int digits = number.stripTrailingZeros().precision();
        return 1 + (digits + 1) / 2;
    }

    /** The number of UTF-8 bytes of a string, without allocating. */
    public static int utf8Length(String s) {
        int bytes = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c < 0x80) bytes += 1;
            else if (c < 0x800) bytes += 2;
            else if (Character.isHighSurrogate(c) && i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1))) {
                bytes += 4;
                i++;
            } else bytes += 3;
        }
        return bytes;
    }

    /** The UTF-8 bytes of a string. */
    public static byte[] utf8(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }
}
