package dev.dynasim.shell;

import dev.dynasim.engine.model.AttributeValue;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Converts plain Java values to DynamoDB attribute values and back, for the shell. */
public final class Values {
    private Values() {
    }

    /**
     * The attribute value of a Java value: String → S, Number → N, Boolean → BOOL, null → NULL,
     * byte[] → B, Map → M, List → L, a Set of strings or numbers → SS or NS; attribute values pass through.
     */
    public static AttributeValue of(Object v) {
        if (v == null) return AttributeValue.nul();
        if (v instanceof AttributeValue a) return a;
        if (v instanceof String s) return AttributeValue.s(s);
        if (v instanceof BigDecimal d) return AttributeValue.n(d);
        if (v instanceof Number n) return number(n);
        if (v instanceof Boolean b) return AttributeValue.bool(b);
        if (v instanceof byte[] bytes) return AttributeValue.b(bytes);
        if (v instanceof Map<?, ?> m) {
            Map<String, AttributeValue> out = new LinkedHashMap<>();
            m.forEach((k, x) -> out.put(String.valueOf(k), of(x)));
            return AttributeValue.m(out);
        }
        if (v instanceof Set<?> set) return setOf(set);
        if (v instanceof Collection<?> c) {
            List<AttributeValue> out = new ArrayList<>();
            for (Object x : c) out.add(of(x));
            return AttributeValue.l(out);
        }
        throw new ShellUsageException("dynasim cannot store a " + v.getClass().getSimpleName()
                + "; use a String, Number, Boolean, byte[], Map, List or Set");
    }

    private static AttributeValue setOf(Set<?> set) {
        boolean numbers = !set.isEmpty() && set.stream().allMatch(x -> x instanceof Number);
        boolean binaries = !set.isEmpty() && set.stream().allMatch(x -> x instanceof byte[]);
        if (binaries) return new AttributeValue.BS(set.stream().map(x -> AttributeValue.b((byte[]) x)).toList());
        if (!numbers && !set.stream().allMatch(x -> x instanceof String)) {
            throw new ShellUsageException("a set holds strings, numbers or byte arrays, all of one kind");
        }
        if (numbers) {
            return new AttributeValue.NS(set.stream().map(x -> number((Number) x)).toList());
        }
        return new AttributeValue.SS(set.stream().map(String::valueOf).toList());
    }

    private static AttributeValue.N number(Number n) {
        return AttributeValue.N.of(n.toString());
    }

    /** A map of attribute values from alternating names and values: {@code map("pk", "a", "n", 1)}. */
    public static Map<String, AttributeValue> map(Object... namesAndValues) {
        if (namesAndValues.length % 2 != 0) {
            throw new ShellUsageException("give names and values in pairs, e.g. item(\"pk\", \"a\", \"n\", 1)");
        }
        Map<String, AttributeValue> m = new LinkedHashMap<>();
        for (int i = 0; i < namesAndValues.length; i += 2) {
            m.put(String.valueOf(namesAndValues[i]), of(namesAndValues[i + 1]));
        }
        return m;
    }

    /** The short text of a value as the shell prints it. */
    public static String text(AttributeValue v) {
        if (v instanceof AttributeValue.S s) return s.value();
        return v.toString();
    }
}
