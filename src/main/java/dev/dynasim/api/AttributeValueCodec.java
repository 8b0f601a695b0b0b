package dev.dynasim.api;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.dynasim.engine.model.AttributeValue;
import dev.dynasim.engine.model.DynamoDbException;

import java.util.ArrayList;
import java.util.Base64;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The wire form of attribute values: {@code {"S": "x"}}, {@code {"N": "1"}} (numbers as strings),
 * {@code {"B": base64}}, BOOL, NULL, M, L, SS, NS, BS. Shape errors are DynamoDB's ValidationExceptions.
 */
public final class AttributeValueCodec {
    /** Message for an attribute value with no type (oracle errors.jsonl attribute-value-empty). */
    public static final String EMPTY = "Supplied AttributeValue is empty, must contain exactly one of the supported datatypes";
    /** Message for an attribute value with two types (oracle errors.jsonl attribute-value-two-types). */
    public static final String TWO_TYPES = "Supplied AttributeValue has more than one datatypes set, must contain exactly one of the supported datatypes";

    private static final String[] TYPES = {"S", "N", "B", "BOOL", "NULL", "M", "L", "SS", "NS", "BS"};
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private AttributeValueCodec() {
    }

    /** Decodes one wire attribute value. */
    public static AttributeValue decode(JsonNode node) {
        if (node == null || !node.isObject()) {
            throw WireErrors.serialization("An AttributeValue must be a JSON object, got " + kind(node));
        }
        String type = null;
        JsonNode value = null;
        for (String t : TYPES) {
            JsonNode v = node.get(t);
            if (v == null || v.isNull()) continue;
            if (type != null) throw DynamoDbException.validation(TWO_TYPES);
            type = t;
            value = v;
        }
        if (type == null) throw DynamoDbException.validation(EMPTY);
        return switch (type) {
            case "S" -> AttributeValue.s(text(value, "S"));
            case "N" -> number(text(value, "N"));
            case "B" -> AttributeValue.b(binary(text(value, "B")));
            case "BOOL" -> AttributeValue.bool(bool(value));
            case "NULL" -> new AttributeValue.Null(bool(value));
            case "M" -> AttributeValue.m(decodeMap(value));
            case "L" -> AttributeValue.l(decodeList(value));
            case "SS" -> new AttributeValue.SS(strings(value, "SS"));
            case "NS" -> new AttributeValue.NS(strings(value, "NS").stream().map(AttributeValueCodec::number).toList());
            default -> new AttributeValue.BS(strings(value, "BS").stream().map(s -> AttributeValue.b(binary(s))).toList());
        };
    }

    /** Decodes a wire map of named values (an item, a key, expression values); null when absent. */
    public static Map<String, AttributeValue> decodeMap(JsonNode node) {
        if (node == null || node.isNull()) return null;
        if (!node.isObject()) throw WireErrors.serialization("Expected a map of AttributeValues, got " + kind(node));
        Map<String, AttributeValue> map = new LinkedHashMap<>(Math.max(4, node.size() * 2));
        Iterator<Map.Entry<String, JsonNode>> fields = node.fields();
        while (fields.hasNext()) {
            Map.Entry<String, JsonNode> e = fields.next();
            map.put(e.getKey(), decode(e.getValue()));
        }
        return map;
    }

    /** Decodes a wire list of values. */
    public static List<AttributeValue> decodeList(JsonNode node) {
        if (!node.isArray()) throw WireErrors.serialization("Expected a list of AttributeValues, got " + kind(node));
        List<AttributeValue> list = new ArrayList<>(node.size());
        for (JsonNode v : node) list.add(decode(v));
        return list;
    }

    /** Parses number text as DynamoDB does ("+5", "1e+3", ".5", "0010", "-0" are numbers; "", "NaN" are not). */
    public static AttributeValue.N number(String text) {
        return AttributeValue.N.of(text);
    }

    /** Encodes one value to its wire form; numbers go out normalised. */
    public static ObjectNode encode(AttributeValue value) {
        ObjectNode node = new ObjectNode(NODES);
        if (value instanceof AttributeValue.S s) {
            node.put("S", s.value());
        } else if (value instanceof AttributeValue.N n) {
            node.put("N", n.text());
        } else if (value instanceof AttributeValue.M m) {
            node.set("M", encodeMap(m.value()));
        } else if (value instanceof AttributeValue.L l) {
            ArrayNode list = node.putArray("L");
            for (AttributeValue v : l.value()) list.add(encode(v));
        } else if (value instanceof AttributeValue.B b) {
            node.put("B", base64(b));
        } else if (value instanceof AttributeValue.Bool b) {
            node.put("BOOL", b.value());
        } else if (value instanceof AttributeValue.Null n) {
            node.put("NULL", n.isNull());
        } else if (value instanceof AttributeValue.SS ss) {
            ArrayNode set = node.putArray("SS");
            for (String s : ss.value()) set.add(s);
        } else if (value instanceof AttributeValue.NS ns) {
            ArrayNode set = node.putArray("NS");
            for (AttributeValue.N n : ns.value()) set.add(n.text());
        } else if (value instanceof AttributeValue.BS bs) {
            ArrayNode set = node.putArray("BS");
            for (AttributeValue.B b : bs.value()) set.add(base64(b));
        }
        return node;
    }

    /** Encodes a map of named values, keeping its order. */
    public static ObjectNode encodeMap(Map<String, AttributeValue> map) {
        ObjectNode node = new ObjectNode(NODES);
        for (Map.Entry<String, AttributeValue> e : map.entrySet()) node.set(e.getKey(), encode(e.getValue()));
        return node;
    }

    private static String base64(AttributeValue.B b) {
        return Base64.getEncoder().encodeToString(b.value());
    }

    private static byte[] binary(String text) {
        try {
            return Base64.getDecoder().decode(text);
        } catch (IllegalArgumentException e) {
            throw WireErrors.serialization("Base64 encoded binary value could not be decoded: " + e.getMessage());
        }
    }

    private static String text(JsonNode v, String type) {
        if (!v.isTextual()) throw WireErrors.serialization("The " + type + " of an AttributeValue must be a JSON string, got " + kind(v));
        return v.textValue();
    }

    private static boolean bool(JsonNode v) {
        if (!v.isBoolean()) throw WireErrors.serialization("BOOL and NULL AttributeValues must be JSON booleans, got " + kind(v));
        return v.booleanValue();
    }

    private static List<String> strings(JsonNode v, String type) {
        if (!v.isArray()) throw WireErrors.serialization("The " + type + " of an AttributeValue must be a JSON array, got " + kind(v));
        List<String> list = new ArrayList<>(v.size());
        for (JsonNode m : v) list.add(text(m, type + " member"));
        return list;
    }

    static String kind(JsonNode node) {
        return node == null || node.isMissingNode() ? "nothing" : node.getNodeType().name().toLowerCase(java.util.Locale.ROOT);
    }
}
