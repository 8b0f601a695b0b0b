package dev.dynasim.engine.table;

import dev.dynasim.engine.model.AttributeValue;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;

/**
 * DynamoDB's ordering and equality of attribute values: numbers by decimal value, strings by
 * their UTF-8 bytes, binaries by unsigned bytes (F1.7); sets compare as sets.
 */
public final class AttributeValues {
    private AttributeValues() {
    }

    /**
     * Orders two values of the same scalar type (S, N or B) as DynamoDB orders sort keys.
     * Throws IllegalArgumentException for other types or a type mix: callers check types first.
     */
    public static int compare(AttributeValue a, AttributeValue b) {
        if (a instanceof AttributeValue.N x && b instanceof AttributeValue.N y) return x.value().compareTo(y.value());
        if (a instanceof AttributeValue.S x && b instanceof AttributeValue.S y) return compareUtf8(x.value(), y.value());
        if (a instanceof AttributeValue.B x && b instanceof AttributeValue.B y) return x.compareTo(y);
        throw new IllegalArgumentException("cannot order " + a.type() + " with " + b.type());
    }

    /**
     * Compares two strings by their UTF-8 bytes, unsigned, without encoding them: UTF-8 byte
     * order is Unicode code point order, which differs from {@link String#compareTo} for
     * characters outside the Basic Multilingual Plane.
     */
    public static int compareUtf8(String a, String b) {
        int i = 0;
        int j = 0;
        while (i < a.length() && j < b.length()) {
            char ca = a.charAt(i);
            char cb = b.charAt(j);
            if (ca == cb && !Character.isSurrogate(ca)) {
                i++;
                j++;
                continue;
            }
            int pa = a.codePointAt(i);
            int pb = b.codePointAt(j);
            if (pa != pb) return Integer.compare(pa, pb);
            i += Character.charCount(pa);
            j += Character.charCount(pb);
        }
        return Integer.compare(a.length() - i, b.length() - j);
    }

    /**
     * Deep equality as DynamoDB sees it: same type, numbers equal by value ("1" = "1.0"), maps by
     * key, lists in order, and the members of SS, NS and BS as sets (order ignored).
     */
    public static boolean sameValue(AttributeValue a, AttributeValue b) {
        if (a == b) return true;
        if (a == null || b == null) return false;
        if (a instanceof AttributeValue.S x && b instanceof AttributeValue.S y) return x.value().equals(y.value());
        if (a instanceof AttributeValue.N x && b instanceof AttributeValue.N y) return x.value().compareTo(y.value()) == 0;
        if (a instanceof AttributeValue.B x && b instanceof AttributeValue.B y) return x.equals(y);
        if (a instanceof AttributeValue.Bool x && b instanceof AttributeValue.Bool y) return x.value() == y.value();
        if (a instanceof AttributeValue.Null && b instanceof AttributeValue.Null) return true;
        if (a instanceof AttributeValue.M x && b instanceof AttributeValue.M y) return sameMap(x.value(), y.value());
        if (a instanceof AttributeValue.L x && b instanceof AttributeValue.L y) return sameList(x.value(), y.value());
        if (a instanceof AttributeValue.SS x && b instanceof AttributeValue.SS y) {
            return x.value().size() == y.value().size() && new HashSet<>(x.value()).equals(new HashSet<>(y.value()));
        }
        if (a instanceof AttributeValue.NS x && b instanceof AttributeValue.NS y) return sameNumberSet(x.value(), y.value());
        if (a instanceof AttributeValue.BS x && b instanceof AttributeValue.BS y) {
            return x.value().size() == y.value().size() && new HashSet<>(x.value()).equals(new HashSet<>(y.value()));
        }
        return false;
    }

    /** Deep equality of two items or maps: the same names with {@link #sameValue} values. */
    public static boolean sameMap(Map<String, AttributeValue> a, Map<String, AttributeValue> b) {
        if (a.size() != b.size()) return false;
        for (Map.Entry<String, AttributeValue> e : a.entrySet()) {
            if (!sameValue(e.getValue(), b.get(e.getKey()))) return false;
        }
        return true;
    }

    private static boolean sameList(List<AttributeValue> a, List<AttributeValue> b) {
        if (a.size() != b.size()) return false;
        for (int i = 0; i < a.size(); i++) {
            if (!sameValue(a.get(i), b.get(i))) return false;
        }
        return true;
    }

    private static boolean sameNumberSet(List<AttributeValue.N> a, List<AttributeValue.N> b) {
        if (a.size() != b.size()) return false;
        List<BigDecimal> left = sortedValues(a);
        List<BigDecimal> right = sortedValues(b);
        for (int i = 0; i < left.size(); i++) {
            if (left.get(i).compareTo(right.get(i)) != 0) return false;
        }
        return true;
    }

    private static List<BigDecimal> sortedValues(List<AttributeValue.N> numbers) {
        List<BigDecimal> values = new ArrayList<>(numbers.size());
        for (AttributeValue.N n : numbers) values.add(n.value());
        values.sort(BigDecimal::compareTo);
        return values;
    }
}
