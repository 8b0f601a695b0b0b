package dev.dynasim.grading;

import dev.dynasim.engine.model.AttributeValue;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** For probes: values of a submission's items as plain text, so that checks compare words, not quoted renderings. */
public final class Probes {
    private Probes() {
    }

    /** A value as plain text: a string without its quotes, a number as its digits, {@code missing} for none. */
    public static String plain(AttributeValue value) {
        if (value == null) return "missing";
        return value instanceof AttributeValue.S s ? s.value() : String.valueOf(value);
    }

    /** Each item's values of {@code names} in plain text joined by "/", sorted: e.g. {@code [c2/o3, c3/o5]}. */
    public static List<String> keys(List<Map<String, AttributeValue>> items, String... names) {
        return items.stream().map(i -> Arrays.stream(names).map(n -> plain(i.get(n))).collect(Collectors.joining("/"))).sorted().toList();
    }
}
