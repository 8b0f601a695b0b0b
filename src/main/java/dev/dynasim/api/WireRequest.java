package dev.dynasim.api;

import com.fasterxml.jackson.databind.JsonNode;
import dev.dynasim.engine.model.AttributeValue;
import dev.dynasim.engine.table.ReturnConsumedCapacity;
import dev.dynasim.engine.table.ReturnValue;
import dev.dynasim.engine.table.Select;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One JSON object of a request body with its member path (for constraint messages, e.g.
 * {@code transactItems.1.member.put}) and the call's shared {@link Violations}. Wrong JSON types
 * are SerializationExceptions; bad enum values and missing required members are violations.
 */
final class WireRequest {
    private final JsonNode body;
    private final String path;
    private final Violations violations;

    private WireRequest(JsonNode body, String path, Violations violations) {
        this.body = body;
        this.path = path;
        this.violations = violations;
    }

    /** The top-level request body, which must be a JSON object. */
    static WireRequest of(JsonNode body) {
        if (body == null || !body.isObject()) {
            throw WireErrors.serialization("The request body must be a JSON object, got " + AttributeValueCodec.kind(body));
        }
        return new WireRequest(body, "", new Violations());
    }

    /** The violations of this call. */
    Violations violations() {
        return violations;
    }

    /** The member path of a wire member name, e.g. {@code ReturnValues} becomes {@code returnValues}. */
    String path(String name) {
        String member = name.isEmpty() ? name : Character.toLowerCase(name.charAt(0)) + name.substring(1);
        return path.isEmpty() ? member : path + "." + member;
    }

    /** The raw node of a member, or null when absent or JSON null. */
    JsonNode node(String name) {
        JsonNode n = body.get(name);
        return n == null || n.isNull() ? null : n;
    }

    /** A nested object member, or null when absent. */
    WireRequest object(String name) {
        JsonNode n = node(name);
        if (n == null) return null;
        if (!n.isObject()) throw wrongType(name, "an object", n);
        return new WireRequest(n, path(name), violations);
    }

    /** The members of a list of objects, each with its {@code .N.member} path; null when absent. */
    List<WireRequest> objects(String name) {
        JsonNode n = node(name);
        if (n == null) return null;
        if (!n.isArray()) throw wrongType(name, "an array", n);
        List<WireRequest> list = new ArrayList<>(n.size());
        int i = 1;
        for (JsonNode m : n) {
            if (!m.isObject()) throw wrongType(name + " member", "an object", m);
            list.add(new WireRequest(m, path(name) + "." + i++ + ".member", violations));
        }
        return list;
    }

    /** The member names of this object, in order. */
    Iterator<String> names() {
        return body.fieldNames();
    }

    /** A string member, or null. */
    String string(String name) {
        JsonNode n = node(name);
        if (n == null) return null;
        if (!n.isTextual()) throw wrongType(name, "a string", n);
        return n.textValue();
    }

    /** A required string member: absent records a "must not be null" violation. */
    String requiredString(String name) {
        String s = string(name);
        if (s == null) violations.add(null, path(name), "Member must not be null");
        return s;
    }

    /** An integer member, or null. */
    Integer integer(String name) {
        JsonNode n = node(name);
        if (n == null) return null;
        if (!n.isIntegralNumber() || !n.canConvertToInt()) throw wrongType(name, "an integer", n);
        return n.intValue();
    }

    /** A long member, or null. */
    Long longValue(String name) {
        JsonNode n = node(name);
        if (n == null) return null;
        if (!n.isIntegralNumber() || !n.canConvertToLong()) throw wrongType(name, "an integer", n);
        return n.longValue();
    }

    /** A boolean member, or null. */
    Boolean optBool(String name) {
        JsonNode n = node(name);
        if (n == null) return null;
        if (!n.isBoolean()) throw wrongType(name, "a boolean", n);
        return n.booleanValue();
    }

    /** A boolean member, false when absent. */
    boolean bool(String name) {
        return Boolean.TRUE.equals(optBool(name));
    }

    /** A list of strings, or null. */
    List<String> strings(String name) {
        JsonNode n = node(name);
        if (n == null) return null;
        if (!n.isArray()) throw wrongType(name, "an array", n);
        List<String> list = new ArrayList<>(n.size());
        for (JsonNode m : n) {
            if (!m.isTextual()) throw wrongType(name + " member", "a string", m);
            list.add(m.textValue());
        }
        return list;
    }

    /** A map of strings (ExpressionAttributeNames), or null. */
    Map<String, String> stringMap(String name) {
        JsonNode n = node(name);
        if (n == null) return null;
        if (!n.isObject()) throw wrongType(name, "an object", n);
        Map<String, String> map = new LinkedHashMap<>();
        Iterator<Map.Entry<String, JsonNode>> it = n.fields();
        while (it.hasNext()) {
            Map.Entry<String, JsonNode> e = it.next();
            if (!e.getValue().isTextual()) throw wrongType(name + "." + e.getKey(), "a string", e.getValue());
            map.put(e.getKey(), e.getValue().textValue());
        }
        return map;
    }

    /** A map of attribute values (Item, Key, ExpressionAttributeValues), or null. */
    Map<String, AttributeValue> values(String name) {
        return AttributeValueCodec.decodeMap(node(name));
    }

    /** A required map of attribute values: absent records a "must not be null" violation. */
    Map<String, AttributeValue> requiredValues(String name) {
        Map<String, AttributeValue> map = values(name);
        if (map == null) violations.add(null, path(name), "Member must not be null");
        return map;
    }

    /** A string member that must be one of an enum value set; a bad value records a violation. */
    String enumText(String name, WireEnums.ValueSet set) {
        String s = string(name);
        if (s != null && !set.values().contains(s)) {
            violations.add(s, path(name), set.constraint());
            return null;
        }
        return s;
    }

    /** ReturnValues. */
    ReturnValue returnValues() {
        String s = enumText("ReturnValues", WireEnums.RETURN_VALUE);
        return s == null ? null : ReturnValue.valueOf(s);
    }

    /** ReturnValuesOnConditionCheckFailure. */
    ReturnValue returnValuesOnConditionCheckFailure() {
        String s = enumText("ReturnValuesOnConditionCheckFailure", WireEnums.RETURN_VALUE_ON_FAILURE);
        return s == null ? null : ReturnValue.valueOf(s);
    }

    /** ReturnConsumedCapacity. */
    ReturnConsumedCapacity returnConsumedCapacity() {
        String s = enumText("ReturnConsumedCapacity", WireEnums.RETURN_CONSUMED_CAPACITY);
        return s == null ? null : ReturnConsumedCapacity.valueOf(s);
    }

    /** ReturnItemCollectionMetrics as a flag: SIZE is true. */
    boolean returnItemCollectionMetrics() {
        return "SIZE".equals(enumText("ReturnItemCollectionMetrics", WireEnums.RETURN_ITEM_COLLECTION_METRICS));
    }

    /** Select. */
    Select select() {
        String s = enumText("Select", WireEnums.SELECT);
        return s == null ? null : Select.valueOf(s);
    }

    /** ConditionalOperator (AND or OR), kept as text. */
    String conditionalOperator() {
        return enumText("ConditionalOperator", WireEnums.CONDITIONAL_OPERATOR);
    }

    private RuntimeException wrongType(String name, String expected, JsonNode got) {
        return WireErrors.serialization("Expected " + expected + " for '" + path(name) + "', got "
                + AttributeValueCodec.kind(got));
    }
}
