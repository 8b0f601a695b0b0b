package dev.dynasim.json;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;

/**
 * One JSON object of a scenario file at a known path (e.g. {@code workloads[1].keys}), read field by
 * field: each getter checks the type and range and fails with a {@link ScenarioFileException} that
 * names the field; {@link #known} rejects fields outside the list, naming the known ones.
 */
final class Fields {
    private final String source;
    private final String path;
    private final JsonNode node;

    private Fields(String source, String path, JsonNode node) {
        this.source = source;
        this.path = path;
        this.node = node;
    }

    /** The object {@code node} at {@code path}, which must be a JSON object. */
    static Fields of(String source, String path, JsonNode node) {
        if (node == null || !node.isObject()) {
            throw new ScenarioFileException(source + ": " + (path.isEmpty() ? "the file" : path) + ": must be an object, not "
                    + describe(node));
        }
        return new Fields(source, path, node);
    }

    /** Fails on any field not in {@code names}; returns this. */
    Fields known(String... names) {
        List<String> known = List.of(names);
        Iterator<String> it = node.fieldNames();
        while (it.hasNext()) {
            String f = it.next();
            if (!known.contains(f)) throw fail(f, "unknown field; known fields: " + String.join(", ", known));
        }
        return this;
    }

    /** Whether the field is present and not null. */
    boolean has(String field) {
        JsonNode v = node.get(field);
        return v != null && !v.isNull();
    }

    /** The path of a field, e.g. {@code workloads[1].keys.exponent}. */
    String pathOf(String field) {
        return path.isEmpty() ? field : path + "." + field;
    }

    /** An error about a field. */
    ScenarioFileException fail(String field, String problem) {
        return new ScenarioFileException(source + ": " + pathOf(field) + ": " + problem);
    }

    /** An error about this object as a whole. */
    ScenarioFileException fail(String problem) {
        return new ScenarioFileException(source + ": " + (path.isEmpty() ? "the file" : path) + ": " + problem);
    }

    /** A required string. */
    String string(String field) {
        if (!has(field)) throw fail(field, "is required");
        return optString(field, null);
    }

    /** An optional non-empty string. */
    String optString(String field, String fallback) {
        if (!has(field)) return fallback;
        JsonNode v = node.get(field);
        if (!v.isTextual()) throw fail(field, "must be a string, not " + describe(v));
        if (v.asText().isEmpty()) throw fail(field, "must not be empty");
        return v.asText();
    }

    /** A required whole number of at least {@code min}. */
    long integer(String field, long min) {
        if (!has(field)) throw fail(field, "is required");
        return optInteger(field, min, 0);
    }

    /** An optional whole number of at least {@code min}. */
    long optInteger(String field, long min, long fallback) {
        if (!has(field)) return fallback;
        JsonNode v = node.get(field);
        if (!v.isIntegralNumber() || !v.canConvertToLong()) throw fail(field, "must be a whole number, not " + describe(v));
        if (v.asLong() < min) throw fail(field, "must be >= " + min);
        return v.asLong();
    }

    /** A required number; {@code check} names the rule when the value breaks it. */
    double number(String field, Rule rule) {
        if (!has(field)) throw fail(field, "is required");
        return optNumber(field, rule, 0);
    }

    /** An optional number, checked by {@code rule}. */
    double optNumber(String field, Rule rule, double fallback) {
        if (!has(field)) return fallback;
        JsonNode v = node.get(field);
        if (!v.isNumber()) throw fail(field, "must be a number, not " + describe(v));
        double d = v.asDouble();
        if (!Double.isFinite(d) || !rule.test(d)) throw fail(field, "must be " + rule.text());
        return d;
    }

    /** A required duration: text like "90s" or a whole number of milliseconds. */
    long duration(String field) {
        if (!has(field)) throw fail(field, "is required");
        return optDuration(field, 0);
    }

    /** An optional duration. */
    long optDuration(String field, long fallback) {
        if (!has(field)) return fallback;
        JsonNode v = node.get(field);
        if (v.isIntegralNumber() && v.canConvertToLong()) {
            if (v.asLong() < 0) throw fail(field, "must not be negative");
            return v.asLong();
        }
        if (!v.isTextual()) throw fail(field, "must be a duration like \"90s\", not " + describe(v));
        try {
            return Durations.parse(v.asText());
        } catch (IllegalArgumentException e) {
            throw fail(field, e.getMessage());
        }
    }

    /** A required string out of {@code allowed}. */
    String choice(String field, List<String> allowed) {
        if (!has(field)) throw fail(field, "is required (one of " + String.join(", ", allowed) + ")");
        return optChoice(field, allowed, null);
    }

    /** An optional string out of {@code allowed}. */
    String optChoice(String field, List<String> allowed, String fallback) {
        String s = optString(field, fallback);
        if (s != null && !allowed.contains(s)) {
            throw fail(field, "must be one of " + String.join(", ", allowed) + ", not \"" + s + "\"");
        }
        return s;
    }

    /** A required nested object. */
    Fields object(String field) {
        if (!has(field)) throw fail(field, "is required");
        return of(source, pathOf(field), node.get(field));
    }

    /** The raw value of a field (null when absent). */
    JsonNode raw(String field) {
        return node.get(field);
    }

    /** The elements of an optional array (empty when absent); each element's path is {@code field[i]}. */
    List<Element> array(String field) {
        List<Element> out = new ArrayList<>();
        if (!has(field)) return out;
        JsonNode v = node.get(field);
        if (!v.isArray()) throw fail(field, "must be an array, not " + describe(v));
        for (int i = 0; i < v.size(); i++) out.add(new Element(pathOf(field) + "[" + i + "]", v.get(i)));
        return out;
    }

    /** The source this object came from (a file name). */
    String source() {
        return source;
    }

    /** The path of this object. */
    String path() {
        return path;
    }

    /** One element of an array, with its path. */
    record Element(String path, JsonNode node) {
    }

    /** A range rule for a number, with its text for messages (e.g. "> 0"). */
    record Rule(String text, java.util.function.DoublePredicate check) {
        boolean test(double d) {
            return check.test(d);
        }

        static final Rule POSITIVE = new Rule("> 0", d -> d > 0);
        static final Rule NON_NEGATIVE = new Rule(">= 0", d -> d >= 0);
        static final Rule FRACTION = new Rule("between 0 and 1", d -> d >= 0 && d <= 1);
    }

    static String describe(JsonNode v) {
        if (v == null || v.isNull()) return "null";
        if (v.isTextual()) return "the string \"" + v.asText() + "\"";
        if (v.isBoolean()) return v.asText();
        if (v.isNumber()) return "the number " + v.asText();
        if (v.isArray()) return "an array";
        return "an object";
    }
}
