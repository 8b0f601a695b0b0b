package dev.dynasim.api;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The oracle's comparison rules (shared/oracle/README.md): {@code "<volatile>"} matches anything,
 * key order is ignored, JSON numbers compare by decimal value, SS/NS/BS members are unordered,
 * errors compare {@code __type} and {@code message}, and a line's {@code documented} answer wins
 * over its {@code expect} where present. Also expands {@code {"$long": {"length", "repeat"}}}.
 */
final class OracleMatcher {
    static final String VOLATILE = "<volatile>";
    private static final Set<String> SET_TYPES = Set.of("SS", "NS", "BS");

    private OracleMatcher() {
    }

    /** Expands every {@code $long} (UNIT repeated and cut to N code points) in a JSON value. */
    static JsonNode expand(JsonNode node) {
        if (node.isObject()) {
            JsonNode spec = node.get("$long");
            if (node.size() == 1 && spec != null && spec.isObject()) {
                return TextNode.valueOf(longString(spec.get("length").intValue(), spec.get("repeat").textValue()));
            }
            ObjectNode copy = JsonNodeFactory.instance.objectNode();
            Iterator<Map.Entry<String, JsonNode>> it = node.fields();
            while (it.hasNext()) {
                Map.Entry<String, JsonNode> e = it.next();
                copy.set(e.getKey(), expand(e.getValue()));
            }
            return copy;
        }
        if (node.isArray()) {
            ArrayNode copy = JsonNodeFactory.instance.arrayNode(node.size());
            for (JsonNode m : node) copy.add(expand(m));
            return copy;
        }
        return node;
    }

    /** UNIT repeated and cut to {@code length} code points. */
    static String longString(int length, String unit) {
        int[] points = unit.codePoints().toArray();
        StringBuilder s = new StringBuilder(length);
        for (int i = 0; i < length; i++) s.appendCodePoint(points[i % points.length]);
        return s.toString();
    }

    /** Null when the answer line satisfies the line's expectation (its documented answer where present), else why not. */
    static String check(JsonNode expect, JsonNode answer) {
        JsonNode documented = expect.get("documented");
        if (documented != null && !documented.isNull()) {
            String why = match(documented, answer);
            if (why == null) return null;
            boolean local = match(expect, answer) == null;
            return why + (local ? " (the answer is DynamoDB Local's, not the documented one)" : " (documented answer)");
        }
        return match(expect, answer);
    }

    /** Null when the answer matches one expectation block ({@code response} or {@code error}), else why not. */
    static String match(JsonNode block, JsonNode answer) {
        if (block.has("response")) {
            JsonNode response = answer.get("response");
            if (response == null) return "expected a response, got error " + shorten(answer.get("error"));
            JsonNode expected = block.get("response");
            if (expected.isTextual() && VOLATILE.equals(expected.textValue())) return null;
            return diff(expected, response, "$.response", null);
        }
        JsonNode expected = block.get("error");
        JsonNode error = answer.get("error");
        if (error == null) return "expected error " + shorten(expected) + ", got response " + shorten(answer.get("response"));
        String type = text(expected, "__type");
        if (!type.equals(text(error, "__type"))) {
            return "$.error.__type: expected " + type + ", got " + text(error, "__type")
                    + " (message " + shorten(error.get("message")) + ")";
        }
        String message = text(expected, "message");
        if (!message.equals(text(error, "message"))) {
            return "$.error.message: expected " + shorten(expected.get("message")) + ", got " + shorten(error.get("message"));
        }
        return null;
    }

    /** Null when {@code actual} matches {@code expected}, else the first difference with its JSON path. */
    static String diff(JsonNode expected, JsonNode actual, String path, String key) {
        if (expected.isTextual() && VOLATILE.equals(expected.textValue())) return null;
        if (expected.isObject()) {
            if (!actual.isObject()) return path + ": expected an object, got " + shorten(actual);
            Iterator<Map.Entry<String, JsonNode>> it = expected.fields();
            while (it.hasNext()) {
                Map.Entry<String, JsonNode> e = it.next();
                JsonNode a = actual.get(e.getKey());
                if (a == null) return path + "." + e.getKey() + ": missing";
                String d = diff(e.getValue(), a, path + "." + e.getKey(), e.getKey());
                if (d != null) return d;
            }
            Iterator<String> names = actual.fieldNames();
            while (names.hasNext()) {
                String name = names.next();
                if (!expected.has(name)) return path + "." + name + ": unexpected " + shorten(actual.get(name));
            }
            return null;
        }
        if (expected.isArray()) {
            if (!actual.isArray()) return path + ": expected an array, got " + shorten(actual);
            if (expected.size() != actual.size()) {
                return path + ": expected " + expected.size() + " elements, got " + actual.size() + ": " + shorten(actual);
            }
            if (key != null && SET_TYPES.contains(key)) {
                return sortedCanonical(expected).equals(sortedCanonical(actual)) ? null
                        : path + ": set members differ: expected " + shorten(expected) + ", got " + shorten(actual);
            }
            for (int i = 0; i < expected.size(); i++) {
                String d = diff(expected.get(i), actual.get(i), path + "[" + i + "]", null);
                if (d != null) return d;
            }
            return null;
        }
        if (expected.isNumber()) {
            return actual.isNumber() && expected.decimalValue().compareTo(actual.decimalValue()) == 0 ? null
                    : path + ": expected " + expected + ", got " + shorten(actual);
        }
        return expected.equals(actual) ? null : path + ": expected " + shorten(expected) + ", got " + shorten(actual);
    }

    private static List<String> sortedCanonical(JsonNode array) {
        List<String> members = new ArrayList<>(array.size());
        for (JsonNode m : array) members.add(WireJson.write(m));
        members.sort(null);
        return members;
    }

    private static String text(JsonNode node, String field) {
        JsonNode v = node == null ? null : node.get(field);
        return v == null || v.isNull() ? "" : v.asText();
    }

    /** A JSON value cut to 160 characters for messages. */
    static String shorten(JsonNode node) {
        String s = node == null ? "nothing" : WireJson.write(node);
        return s.length() <= 160 ? s : s.substring(0, 157) + "...";
    }
}
