package dev.dynasim.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;

/**
 * Mutated oracle requests fed through the wire protocol: the answer is never an InternalServerError,
 * an error message never shows dynasim's private legacy placeholders, and a request answered with an
 * error leaves every table's description, items and index entries unchanged.
 */
class WireRobustnessProperties {
    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;
    private static final List<String> OPERATIONS = List.of("PutItem", "GetItem", "UpdateItem", "DeleteItem", "Query",
            "Scan", "BatchGetItem", "BatchWriteItem", "TransactGetItems", "TransactWriteItems", "CreateTable",
            "DescribeTable", "UpdateTable", "DeleteTable", "ListTables", "ExecuteStatement", "DescribeLimits");
    private static final Set<String> TYPES = Set.of("S", "N", "B", "BOOL", "NULL", "M", "L", "SS", "NS", "BS");
    private static final int PUTS_PER_TABLE = 3;
    private static final int MAX_SEED_ITEM_CHARS = 4_000;
    private static final List<JsonNode> LINES = oracleLines();
    private static final List<JsonNode> CREATES = LINES.stream()
            .filter(l -> l.get("operation").asText().equals("CreateTable")).toList();
    private static final List<JsonNode> SEED_PUTS = seedPuts();
    /** Legacy-parameter requests the oracle does not record, on its tables, so edits reach those paths too. */
    private static final List<String> LEGACY = List.of(
            "UpdateItem {\"TableName\":\"sem_str\",\"Key\":{\"pk\":{\"S\":\"u\"},\"sk\":{\"S\":\"a\"}},"
                    + "\"AttributeUpdates\":{\"n\":{\"Action\":\"ADD\",\"Value\":{\"N\":\"1\"}},"
                    + "\"s\":{\"Action\":\"PUT\",\"Value\":{\"S\":\"x\"}},\"ss\":{\"Action\":\"DELETE\","
                    + "\"Value\":{\"SS\":[\"b\"]}}},\"Expected\":{\"s\":{\"Exists\":false}},\"ReturnValues\":\"ALL_NEW\"}",
            "DeleteItem {\"TableName\":\"sem_str\",\"Key\":{\"pk\":{\"S\":\"u\"},\"sk\":{\"S\":\"a\"}},"
                    + "\"Expected\":{\"n\":{\"ComparisonOperator\":\"BETWEEN\",\"AttributeValueList\":[{\"N\":\"0\"},"
                    + "{\"N\":\"9\"}]},\"s\":{\"Value\":{\"S\":\"x\"}}},\"ConditionalOperator\":\"OR\"}",
            "Scan {\"TableName\":\"sem_str\",\"ScanFilter\":{\"s\":{\"ComparisonOperator\":\"IN\","
                    + "\"AttributeValueList\":[{\"S\":\"x\"},{\"S\":\"y\"}]},\"n\":{\"ComparisonOperator\":\"NOT_NULL\"}},"
                    + "\"AttributesToGet\":[\"pk\",\"s\"],\"ConditionalOperator\":\"AND\"}",
            "Query {\"TableName\":\"sem_str\",\"KeyConditions\":{\"pk\":{\"ComparisonOperator\":\"EQ\","
                    + "\"AttributeValueList\":[{\"S\":\"u\"}]},\"sk\":{\"ComparisonOperator\":\"BEGINS_WITH\","
                    + "\"AttributeValueList\":[{\"S\":\"a\"}]}},\"QueryFilter\":{\"s\":{\"ComparisonOperator\":\"CONTAINS\","
                    + "\"AttributeValueList\":[{\"S\":\"x\"}]}}}",
            "ExecuteStatement {\"Statement\":\"SELECT * FROM sem_str WHERE pk = ? AND sk = 'a'\","
                    + "\"Parameters\":[{\"S\":\"u\"}],\"Limit\":1,\"NextToken\":\"eyJwayI6eyJTIjoidSJ9LCJzayI6eyJTIjoiYSJ9fQ==\"}");
    private static final List<JsonNode> TARGETS = distinctRequests();

    /** One edit of a request: which node (an index into its nodes, modulo their count), how, and with what. */
    record Mutation(int node, Kind kind, JsonNode junk) {
    }

    /** The ways a node is edited. */
    enum Kind {
        DROP, REPLACE_WITH_JUNK, MALFORMED_ATTRIBUTE, SWAP_KEY_TYPE, EMPTY, DUPLICATE_ELEMENT, HUGE_NUMBER, UNICODE,
        RENAME_FIELD
    }

    /** One step of a session: an oracle request and the edits made to it. */
    record Step(int line, List<Mutation> mutations) {
    }

    @Property(tries = 700, seed = "20261124")
    void mutatedRequest_neverCrashesNorHalfChanges(@ForAll("target") int line,
                                                   @ForAll("mutations") List<Mutation> mutations) {
        JsonNode original = TARGETS.get(line);
        JsonNode request = original.get("request").deepCopy();
        for (Mutation m : mutations) request = mutate(request, m);
        exercise(seededHandler(), original.get("operation").asText(), request);
    }

    @Property(tries = 300, seed = "20261124")
    void mutatedSession_neverCrashesNorHalfChanges(@ForAll("steps") List<Step> steps) {
        ApiHandler handler = seededHandler();
        for (Step step : steps) {
            JsonNode original = TARGETS.get(step.line());
            JsonNode request = original.get("request").deepCopy();
            for (Mutation m : step.mutations()) request = mutate(request, m);
            exercise(handler, original.get("operation").asText(), request);
        }
    }

    @Property(tries = 400, seed = "20261124")
    void requestForAnotherOperation_neverCrashesNorHalfChanges(@ForAll("target") int line,
                                                               @ForAll("operation") String operation,
                                                               @ForAll("mutations") List<Mutation> mutations) {
        JsonNode request = TARGETS.get(line).get("request").deepCopy();
        for (Mutation m : mutations) request = mutate(request, m);
        exercise(seededHandler(), operation, request);
    }

    @Property(tries = 400, seed = "20261124")
    void junkBody_neverCrashesNorHalfChanges(@ForAll("operation") String operation, @ForAll("junk") JsonNode body) {
        exercise(seededHandler(), operation, body);
    }

    private static void exercise(ApiHandler handler, String operation, JsonNode request) {
        JsonNode before = snapshot(handler);
        JsonNode answer = handler.answer(operation, request);
        String shown = operation + " " + WireJson.writeUtf8Safe(request);
        String shortShown = shown.length() > 3000 ? shown.substring(0, 3000) + "..." : shown;
        assertThat(answer.path("error").path("__type").asText())
                .as("answer %s to %s", answer, shortShown).doesNotEndWith("InternalServerError");
        if (answer.has("error")) {
            assertThat(answer.path("error").path("message").asText()).as("message to %s", shortShown)
                    .doesNotContain(":legacy").doesNotContain("#legacy");
            assertThat(snapshot(handler)).as("state after error %s to %s", answer, shortShown).isEqualTo(before);
        }
    }

    /** A database with every oracle table and a few small items in each. */
    private static ApiHandler seededHandler() {
        ApiHandler handler = ApiHandler.ticking(ApiHandler.DEFAULT_SPACING_MILLIS);
        for (JsonNode create : CREATES) handler.answer("CreateTable", create.get("request"));
        for (JsonNode put : SEED_PUTS) handler.answer("PutItem", put.get("request"));
        return handler;
    }

    /** Every table's description and full Scan, and a full Scan of each of its indexes, by table name. */
    private static JsonNode snapshot(ApiHandler handler) {
        ObjectNode state = JSON.objectNode();
        for (String table : handler.database().tableNames()) {
            ObjectNode one = state.putObject(table);
            JsonNode description = handler.answer("DescribeTable", JSON.objectNode().put("TableName", table));
            one.set("description", description);
            one.set("items", scanAll(handler, table, null));
            for (String kind : List.of("GlobalSecondaryIndexes", "LocalSecondaryIndexes")) {
                for (JsonNode index : description.path("response").path("Table").path(kind)) {
                    String name = index.path("IndexName").asText();
                    one.set(name, scanAll(handler, table, name));
                }
            }
        }
        return state;
    }

    private static ArrayNode scanAll(ApiHandler handler, String table, String index) {
        ArrayNode items = JSON.arrayNode();
        JsonNode start = null;
        do {
            ObjectNode scan = JSON.objectNode().put("TableName", table);
            if (index != null) scan.put("IndexName", index);
            if (start != null) scan.set("ExclusiveStartKey", start);
            JsonNode answer = handler.answer("Scan", scan);
            assertThat(answer.has("response")).as("snapshot scan of %s %s: %s", table, index, answer).isTrue();
            items.addAll((ArrayNode) answer.path("response").path("Items"));
            start = answer.path("response").get("LastEvaluatedKey");
        } while (start != null);
        return items;
    }

    private static JsonNode mutate(JsonNode request, Mutation m) {
        List<Slot> slots = new ArrayList<>();
        collect(null, null, -1, request, slots);
        List<Slot> fitting = slots.stream().filter(candidate -> fits(m.kind(), candidate)).toList();
        List<Slot> pool = fitting.isEmpty() ? slots : fitting;
        Slot slot = pool.get(Math.floorMod(m.node(), pool.size()));
        JsonNode replacement = switch (m.kind()) {
            case DROP -> null;
            case REPLACE_WITH_JUNK -> m.junk();
            case MALFORMED_ATTRIBUTE -> malformedAttribute(m.node());
            case SWAP_KEY_TYPE -> swapType(slot.value(), m.node());
            case EMPTY -> empty(slot.value());
            case DUPLICATE_ELEMENT -> slot.value();
            case HUGE_NUMBER -> hugeNumber(m.node());
            case UNICODE -> JSON.textNode(unicode(m.node()));
            case RENAME_FIELD -> slot.value();
        };
        if (m.kind() == Kind.RENAME_FIELD && slot.parent() instanceof ObjectNode object) {
            object.remove(slot.field());
            List<String> names = List.of("", unicode(m.node()), "pk", "#n", ":v", "S", "Value", "a.b", " ");
            object.set(names.get(Math.floorMod(m.node(), names.size())), slot.value());
            return request;
        }
        if (slot.parent() == null) return replacement == null ? JSON.objectNode() : replacement;
        if (slot.parent() instanceof ObjectNode object) {
            if (replacement == null) object.remove(slot.field());
            else object.set(slot.field(), replacement);
        } else if (slot.parent() instanceof ArrayNode array) {
            if (m.kind() == Kind.DUPLICATE_ELEMENT) array.insert(slot.index(), slot.value().deepCopy());
            else if (replacement == null) array.remove(slot.index());
            else array.set(slot.index(), replacement);
        }
        return request;
    }

    /** Whether a kind of edit is aimed at a node: attribute edits at attribute values, and so on. */
    private static boolean fits(Kind kind, Slot slot) {
        JsonNode value = slot.value();
        return switch (kind) {
            case DROP, REPLACE_WITH_JUNK -> slot.parent() != null;
            case MALFORMED_ATTRIBUTE, SWAP_KEY_TYPE -> isAttribute(value);
            case EMPTY -> value.isTextual() || value.isContainerNode();
            case DUPLICATE_ELEMENT -> slot.parent() != null && slot.parent().isArray();
            case HUGE_NUMBER -> value.isNumber();
            case UNICODE -> value.isTextual();
            case RENAME_FIELD -> slot.parent() != null && slot.parent().isObject();
        };
    }

    private static boolean isAttribute(JsonNode value) {
        return value.isObject() && value.size() == 1 && TYPES.contains(value.fieldNames().next());
    }

    /** A short string of code points from every plane, lone surrogates and controls included. */
    private static String unicode(int pick) {
        int[] points = {0, 0x1f, 0x7f, 0xe9, 0x2028, 0xd800, 0xdfff, 0xfffd, 0xffff, 0x1f600, 0x10ffff, '#', ':', '.'};
        StringBuilder s = new StringBuilder();
        for (int i = 0, n = 1 + Math.floorMod(pick, 5); i < n; i++) {
            int point = points[Math.floorMod(pick * 31 + i * 7, points.length)];
            if (point >= 0xd800 && point <= 0xdfff) s.append((char) point);
            else s.appendCodePoint(point);
        }
        return s.toString();
    }

    /** A node of a request and where it sits. */
    private record Slot(JsonNode parent, String field, int index, JsonNode value) {
    }

    private static void collect(JsonNode parent, String field, int index, JsonNode value, List<Slot> slots) {
        slots.add(new Slot(parent, field, index, value));
        if (value.isObject()) {
            List<String> names = new ArrayList<>();
            value.fieldNames().forEachRemaining(names::add);
            for (String name : names) collect(value, name, -1, value.get(name), slots);
        } else if (value.isArray()) {
            for (int i = 0; i < value.size(); i++) collect(value, null, i, value.get(i), slots);
        }
    }

    private static JsonNode malformedAttribute(int pick) {
        List<JsonNode> bad = List.of(av("S", JSON.numberNode(1)), av("N", "abc"), av("N", ""), av("N", "1e500"),
                av("N", "99999999999999999999999999999999999999999"), av("N", "-1e-200"), av("N", " 1"),
                av("N", "0x10"), av("N", "NaN"), av("N", "Infinity"), av("B", "!!not base64"), av("B", ""),
                av("X", "y"), JSON.objectNode(), av("SS", JSON.arrayNode()), av("SS", JSON.arrayNode().add("a").add("a")),
                av("NS", JSON.arrayNode().add("1").add("01")), av("NS", JSON.arrayNode().add("x")),
                av("BS", JSON.arrayNode().add("AA==").add("AA==")), av("BS", JSON.arrayNode().add(3)),
                av("L", JSON.nullNode()), av("M", JSON.arrayNode()), av("L", JSON.objectNode()), av("NULL", false),
                av("NULL", "true"), av("BOOL", "true"), av("BOOL", JSON.nullNode()), av("S", JSON.nullNode()),
                av("M", JSON.objectNode().set("", av("S", "x"))), av("M", JSON.objectNode().put("a", "plain")),
                av("L", JSON.arrayNode().add(JSON.nullNode())), av("L", JSON.arrayNode().add("plain")),
                av("SS", JSON.arrayNode().addNull()), JSON.objectNode().put("S", "a").put("N", "1"),
                av("S", "\ud800"), av("S", "\u0000"), av("N", "1".repeat(39)), av("N", "0.".concat("0".repeat(200)).concat("1")),
                av("B", "AAAA====="), av("SS", JSON.arrayNode().add(JSON.arrayNode())));
        return bad.get(Math.floorMod(pick, bad.size())).deepCopy();
    }

    private static ObjectNode av(String type, String value) {
        return JSON.objectNode().put(type, value);
    }

    private static ObjectNode av(String type, JsonNode value) {
        ObjectNode node = JSON.objectNode();
        node.set(type, value);
        return node;
    }

    private static ObjectNode av(String type, boolean value) {
        return JSON.objectNode().put(type, value);
    }

    private static JsonNode swapType(JsonNode value, int pick) {
        if (!value.isObject() || value.size() != 1) return av(List.of("S", "N", "B").get(Math.floorMod(pick, 3)), "1");
        String type = value.fieldNames().next();
        JsonNode inner = value.get(type);
        List<String> others = new ArrayList<>(TYPES);
        others.remove(type);
        return av(others.get(Math.floorMod(pick, others.size())), inner.deepCopy());
    }

    private static JsonNode empty(JsonNode value) {
        if (value.isObject()) return JSON.objectNode();
        if (value.isArray()) return JSON.arrayNode();
        return JSON.textNode("");
    }

    private static JsonNode hugeNumber(int pick) {
        List<JsonNode> numbers = List.of(JSON.numberNode(Long.MAX_VALUE), JSON.numberNode(Long.MIN_VALUE),
                JSON.numberNode(new BigInteger("1" + "0".repeat(60))), JSON.numberNode(1e308), JSON.numberNode(-1),
                JSON.numberNode(0), JSON.numberNode(Integer.MAX_VALUE + 1L), JSON.numberNode(2.5),
                JSON.numberNode(new BigDecimal("1e-400")), JSON.textNode("9".repeat(50)));
        return numbers.get(Math.floorMod(pick, numbers.size()));
    }

    @Provide
    Arbitrary<Integer> target() {
        return Arbitraries.frequencyOf(Tuple.of(4, Arbitraries.integers().between(0, TARGETS.size() - 1)),
                Tuple.of(1, Arbitraries.integers().between(0, LEGACY.size() - 1)));
    }

    @Provide
    Arbitrary<String> operation() {
        return Arbitraries.oneOf(Arbitraries.of(OPERATIONS), Arbitraries.of(OPERATIONS).map(o -> "DynamoDB_20120810." + o),
                Arbitraries.strings().ofMaxLength(20), Arbitraries.of("", "putitem", "DescribeEndpoints", "Put Item"));
    }

    @Provide
    Arbitrary<List<Mutation>> mutations() {
        Arbitrary<Mutation> one = Combinators.combine(Arbitraries.integers().between(0, 10_000),
                Arbitraries.of(Kind.class), junk()).as(Mutation::new);
        return one.list().ofMinSize(1).ofMaxSize(3);
    }

    @Provide
    Arbitrary<List<Step>> steps() {
        return Combinators.combine(target(), mutations()).as(Step::new).list().ofMinSize(1).ofMaxSize(6);
    }

    @Provide
    Arbitrary<JsonNode> junk() {
        return Arbitraries.lazyOf(WireRobustnessProperties::scalar, WireRobustnessProperties::scalar,
                WireRobustnessProperties::scalar, () -> junk().list().ofMaxSize(3).map(WireRobustnessProperties::array),
                () -> Combinators.combine(Arbitraries.of("S", "N", "M", "L", "TableName", "Key", "Item", "", "pk", "x"),
                        junk()).as((k, v) -> (JsonNode) JSON.objectNode().set(k, v)),
                () -> Arbitraries.integers().between(1, 80).map(WireRobustnessProperties::nested));
    }

    private static Arbitrary<JsonNode> scalar() {
        return Arbitraries.oneOf(
                Arbitraries.strings().all().ofMaxLength(12).map(s -> (JsonNode) JSON.textNode(s)),
                Arbitraries.strings().withCharRange('\u0000', '\uffff').ofMaxLength(6).map(s -> (JsonNode) JSON.textNode(s)),
                Arbitraries.longs().map(n -> (JsonNode) JSON.numberNode(n)),
                Arbitraries.doubles().map(d -> (JsonNode) JSON.numberNode(d)),
                Arbitraries.of(JSON.booleanNode(true), JSON.booleanNode(false), JSON.nullNode(), JSON.textNode(""),
                        JSON.numberNode(new BigInteger("9".repeat(40))), JSON.textNode("pk"), JSON.textNode("S")));
    }

    private static JsonNode array(List<JsonNode> members) {
        ArrayNode array = JSON.arrayNode();
        members.forEach(array::add);
        return array;
    }

    /** An attribute value nested {@code depth} maps deep, alternating with lists. */
    private static JsonNode nested(int depth) {
        JsonNode value = av("S", "leaf");
        for (int i = 0; i < depth; i++) {
            value = i % 2 == 0 ? av("M", JSON.objectNode().set("d", value)) : av("L", JSON.arrayNode().add(value));
        }
        return value;
    }

    private static List<JsonNode> oracleLines() {
        List<JsonNode> lines = new ArrayList<>();
        for (String file : OracleConformanceTest.FILES) {
            for (JsonNode line : OracleReplay.lines("/oracle/" + file)) {
                ObjectNode copy = JSON.objectNode();
                copy.put("operation", line.get("operation").asText());
                copy.set("request", OracleMatcher.expand(line.get("request")));
                lines.add(copy);
            }
        }
        return lines;
    }

    private static List<JsonNode> seedPuts() {
        Map<String, Integer> perTable = new java.util.HashMap<>();
        List<JsonNode> puts = new ArrayList<>();
        for (JsonNode line : LINES) {
            JsonNode request = line.get("request");
            if (!line.get("operation").asText().equals("PutItem") || request.toString().length() > MAX_SEED_ITEM_CHARS
                    || request.has("ConditionExpression")) {
                continue;
            }
            int count = perTable.merge(request.path("TableName").asText(), 1, Integer::sum);
            if (count <= PUTS_PER_TABLE) puts.add(line);
        }
        return puts;
    }

    /** Oracle requests without repeats, big items cut out so each try stays cheap. */
    private static List<JsonNode> distinctRequests() {
        Set<String> seen = new LinkedHashSet<>();
        List<JsonNode> targets = new ArrayList<>();
        for (String line : LEGACY) {
            int space = line.indexOf(' ');
            ObjectNode target = JSON.objectNode().put("operation", line.substring(0, space));
            target.set("request", WireJson.parse(line.substring(space + 1)));
            targets.add(target);
        }
        for (JsonNode line : LINES) {
            String text = line.toString();
            if (text.length() <= 20_000 && seen.add(line.get("operation").asText() + shape(line.get("request")))) {
                targets.add(line);
            }
        }
        return targets;
    }

    /** The request with every string cut to its first character, so near-identical requests count once. */
    private static String shape(JsonNode node) {
        if (node.isTextual()) return node.asText().isEmpty() ? "''" : node.asText().substring(0, 1);
        if (node.isObject()) {
            StringBuilder s = new StringBuilder("{");
            node.fields().forEachRemaining(e -> s.append(e.getKey()).append(':').append(shape(e.getValue())).append(','));
            return s.append('}').toString();
        }
        if (node.isArray()) {
            StringBuilder s = new StringBuilder("[");
            node.forEach(m -> s.append(shape(m)).append(','));
            return s.append(']').toString();
        }
        return node.toString();
    }
}
