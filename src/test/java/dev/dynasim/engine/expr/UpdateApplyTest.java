package dev.dynasim.engine.expr;

import static dev.dynasim.engine.model.AttributeValue.l;
import static dev.dynasim.engine.model.AttributeValue.m;
import static dev.dynasim.engine.model.AttributeValue.n;
import static dev.dynasim.engine.model.AttributeValue.ns;
import static dev.dynasim.engine.model.AttributeValue.s;
import static dev.dynasim.engine.model.AttributeValue.ss;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.dynasim.engine.model.AttributeValue;
import dev.dynasim.engine.model.DynamoDbException;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Update semantics; starting item and results follow the oracle's update-* cases. */
class UpdateApplyTest {

    static Map<String, AttributeValue> item() {
        Map<String, AttributeValue> item = new LinkedHashMap<>();
        item.put("pk", s("u"));
        item.put("sk", s("1"));
        item.put("n", n(11));
        item.put("s", s("x"));
        item.put("ss", ss("a", "b"));
        item.put("ns", ns("1", "2"));
        item.put("l", l(n(1), n(2), n(3)));
        item.put("m", m(Map.of("a", n(1), "b", m(Map.of("c", s("deep"))))));
        return item;
    }

    static Map<String, AttributeValue> apply(String expression, Map<String, AttributeValue> values,
                                             Map<String, AttributeValue> item) {
        return Expressions.compile(new ExpressionSet(null, null, null, null, expression, null, values)).update()
                .apply(item);
    }

    static void assertFails(String expression, Map<String, AttributeValue> values, String message) {
        Update update = Expressions.compile(new ExpressionSet(null, null, null, null, expression, null, values))
                .update();
        assertThatThrownBy(() -> update.apply(item())).isInstanceOf(DynamoDbException.class).hasMessage(message);
    }

    @Test
    void set_arithmetic_exactDecimals() {
        Map<String, AttributeValue> after = apply("SET n = n - :five", Map.of(":five", n(5)), item());
        assertThat(after.get("n")).isEqualTo(n(6));
        after = apply("SET n = n + :tiny", Map.of(":tiny", n("0.0000000001")), after);
        assertThat(((AttributeValue.N) after.get("n")).text()).isEqualTo("6.0000000001");
    }

    @Test
    void set_nestedExistingAndNewKey() {
        Map<String, AttributeValue> after = apply("SET m.b.c = :s, m.newkey = :s", Map.of(":s", s("new")), item());
        assertThat(after.get("m")).isEqualTo(m(Map.of("a", n(1), "b", m(Map.of("c", s("new"))), "newkey", s("new"))));
    }

    @Test
    void set_listIndexBeyondEnd_appends() {
        Map<String, AttributeValue> after = apply("SET l[10] = :s, l[0] = :s", Map.of(":s", s("new")), item());
        assertThat(after.get("l")).isEqualTo(l(s("new"), n(2), n(3), s("new")));
    }

    @Test
    void set_missingParent_invalidDocumentPath() {
        assertFails("SET nope.x = :s", Map.of(":s", s("new")),
                "The document path provided in the update expression is invalid for update");
        assertFails("SET s.x = :s", Map.of(":s", s("new")),
                "The document path provided in the update expression is invalid for update");
    }

    @Test
    void set_missingOperandAttribute_refersToMissingAttribute() {
        assertFails("SET a = nope + :one", Map.of(":one", n(1)),
                "The provided expression refers to an attribute that does not exist in the item");
    }

    @Test
    void remove_missingAndListIndexes() {
        Map<String, AttributeValue> after = apply("REMOVE neverexisted, l[1], l[0], m.a", null, item());
        assertThat(after.get("l")).isEqualTo(l(n(3)));
        assertThat(after.get("m")).isEqualTo(m(Map.of("b", m(Map.of("c", s("deep"))))));
        assertThat(after).doesNotContainKey("neverexisted");
    }

    @Test
    void add_numbersAndSets_createsMissing() {
        Map<String, AttributeValue> after = apply("ADD n :one, cnt :one, ss :c, ns :three, newset :c",
                Map.of(":one", n(1), ":c", ss("c"), ":three", ns("3")), item());
        assertThat(after.get("n")).isEqualTo(n(12));
        assertThat(after.get("cnt")).isEqualTo(n(1));
        assertThat(after.get("ss")).isEqualTo(ss("a", "b", "c"));
        assertThat(after.get("ns")).isEqualTo(ns("1", "2", "3"));
        assertThat(after.get("newset")).isEqualTo(ss("c"));
    }

    @Test
    void delete_fromSet_lastElementRemovesAttribute() {
        Map<String, AttributeValue> after = apply("DELETE ss :a, ns :all",
                Map.of(":a", ss("a", "zz"), ":all", ns("1", "2")), item());
        assertThat(after.get("ss")).isEqualTo(ss("b"));
        assertThat(after).doesNotContainKey("ns");
    }

    @Test
    void listAppend_endFrontAndIfNotExists() {
        Map<String, AttributeValue> values = Map.of(":lst", l(s("L")), ":empty", l());
        assertThat(apply("SET l = list_append(l, :lst)", Map.of(":lst", l(s("L"))), item()).get("l"))
                .isEqualTo(l(n(1), n(2), n(3), s("L")));
        Map<String, AttributeValue> front = Map.of(":lst", l(s("L")));
        assertThat(apply("SET l = list_append(:lst, l)", front, item()).get("l"))
                .isEqualTo(l(s("L"), n(1), n(2), n(3)));
        assertThat(apply("SET newlist = list_append(if_not_exists(newlist, :empty), :lst)", values, item())
                .get("newlist")).isEqualTo(l(s("L")));
    }

    @Test
    void ifNotExists_keepsPresentValue() {
        Map<String, AttributeValue> values = Map.of(":other", s("other"));
        assertThat(apply("SET s = if_not_exists(s, :other), f = if_not_exists(f, :other)", values, item()))
                .containsEntry("s", s("x")).containsEntry("f", s("other"));
    }

    @Test
    void wrongRuntimeTypes_incorrectDataType() {
        String message = "An operand in the update expression has an incorrect data type";
        assertFails("ADD s :one", Map.of(":one", n(1)), message);
        assertFails("DELETE ss :ns", Map.of(":ns", ns("1")), message);
        assertFails("SET s = s + :one", Map.of(":one", n(1)), message);
        assertFails("SET s = list_append(s, :l)", Map.of(":l", l(n(1))), message);
    }

    @Test
    void multipleClauses_inputUntouched() {
        Map<String, AttributeValue> before = item();
        Map<String, AttributeValue> after = apply("SET a1 = :s, a2 = :one REMOVE s ADD n :one",
                Map.of(":s", s("new"), ":one", n(1)), before);
        assertThat(after).containsEntry("a1", s("new")).containsEntry("a2", n(1)).containsEntry("n", n(12))
                .doesNotContainKey("s");
        assertThat(before).isEqualTo(item());
    }

    @Test
    void setValues_computedFromOriginalItem() {
        Map<String, AttributeValue> after = apply("SET a = n, n = :one", Map.of(":one", n(1)), item());
        assertThat(after).containsEntry("a", n(11)).containsEntry("n", n(1));
    }

    @Test
    void topLevelNamesAndUpdatedPaths_coverWrittenAttributes() {
        Update update = Expressions.compile(new ExpressionSet(null, null, null, null, "SET m.x = :v REMOVE gone",
                null, Map.of(":v", n(5)))).update();
        assertThat(update.topLevelNames()).containsExactlyInAnyOrder("m", "gone");
        Map<String, AttributeValue> old = Map.of("pk", s("rv"), "m", m(Map.of("x", n(5), "y", n(2))));
        assertThat(update.updatedPaths().apply(old)).isEqualTo(Map.of("m", m(Map.of("x", n(5), "y", n(2)))));
    }
}
