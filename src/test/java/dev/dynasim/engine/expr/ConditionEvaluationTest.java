package dev.dynasim.engine.expr;

import static dev.dynasim.engine.model.AttributeValue.bool;
import static dev.dynasim.engine.model.AttributeValue.l;
import static dev.dynasim.engine.model.AttributeValue.m;
import static dev.dynasim.engine.model.AttributeValue.n;
import static dev.dynasim.engine.model.AttributeValue.nul;
import static dev.dynasim.engine.model.AttributeValue.s;
import static dev.dynasim.engine.model.AttributeValue.ss;
import static org.assertj.core.api.Assertions.assertThat;

import dev.dynasim.engine.model.AttributeValue;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Condition and filter evaluation; the item shapes and answers follow the oracle's filter-* cases. */
class ConditionEvaluationTest {
    static final Map<String, AttributeValue> ONE = Map.of("pk", s("f"), "sk", s("1"), "name", s("alpha"),
            "tags", ss("x", "y"), "n", n(5), "l", l(s("a"), s("b")), "m", m(Map.of("k", s("v"))), "z", nul());
    static final Map<String, AttributeValue> TWO = Map.of("pk", s("f"), "sk", s("2"), "name", s("beta"), "n", n(15));
    static final Map<String, AttributeValue> THREE = Map.of("pk", s("f"), "sk", s("3"), "name", n(3));

    static List<String> matching(String filter, Map<String, String> names, Map<String, AttributeValue> values) {
        Condition condition = Expressions.compile(new ExpressionSet(null, null, filter, null, null, names, values))
                .filter();
        return Stream.of(ONE, TWO, THREE).filter(condition::test)
                .map(item -> ((AttributeValue.S) item.get("sk")).value()).toList();
    }

    @Test
    void beginsWith_onStringsOnly_matchesAlpha() {
        assertThat(matching("begins_with(#n, :a)", Map.of("#n", "name"), Map.of(":a", s("a")))).containsExactly("1");
    }

    @Test
    void contains_substringAndListElement() {
        assertThat(matching("contains(#n, :e)", Map.of("#n", "name"), Map.of(":e", s("e")))).containsExactly("2");
        assertThat(matching("contains(l, :a)", null, Map.of(":a", s("a")))).containsExactly("1");
        assertThat(matching("contains(tags, :y)", null, Map.of(":y", s("y")))).containsExactly("1");
    }

    @Test
    void size_ofStringAndSet_numberSizeIsFalse() {
        assertThat(matching("size(#n) > :four", Map.of("#n", "name"), Map.of(":four", n(4)))).containsExactly("1");
        assertThat(matching("size(tags) = :two", null, Map.of(":two", n(2)))).containsExactly("1");
        assertThat(matching("size(#n) >= :zero", Map.of("#n", "name"), Map.of(":zero", n(0))))
                .containsExactly("1", "2");
    }

    @Test
    void attributeType_number_matchesThree() {
        assertThat(matching("attribute_type(#n, :t)", Map.of("#n", "name"), Map.of(":t", s("N")))).containsExactly("3");
    }

    @Test
    void attributeExists_nullValueExists() {
        assertThat(matching("attribute_exists(z)", null, null)).containsExactly("1");
        assertThat(matching("attribute_not_exists(z)", null, null)).containsExactly("2", "3");
    }

    @Test
    void in_matchesAnyListedValue() {
        assertThat(matching("n IN (:five, :fifteen)", null, Map.of(":five", n(5), ":fifteen", n(15))))
                .containsExactly("1", "2");
    }

    @Test
    void notEqual_missingAttribute_isTrue() {
        assertThat(matching("n <> :five", null, Map.of(":five", n(5)))).containsExactly("2", "3");
    }

    @Test
    void ordering_differentTypes_isFalse() {
        assertThat(matching("#n > :four", Map.of("#n", "name"), Map.of(":four", n(4)))).isEmpty();
    }

    @Test
    void between_inclusiveBounds() {
        assertThat(matching("n BETWEEN :lo AND :hi", null, Map.of(":lo", n(5), ":hi", n(15)))).containsExactly("1", "2");
    }

    @Test
    void precedence_notBindsTighterThanAndThanOr() {
        Map<String, AttributeValue> values = Map.of(":five", n(5), ":two", s("2"), ":three", s("3"));
        assertThat(matching("n = :five OR sk = :two AND NOT sk = :three", null, values)).containsExactly("1", "2");
        assertThat(matching("(n = :five OR sk = :two) AND NOT sk = :three", null, values)).containsExactly("1", "2");
        assertThat(matching("NOT (n = :five OR sk = :two)", null, Map.of(":five", n(5), ":two", s("2"))))
                .containsExactly("3");
        assertThat(matching("sk = :three or n = :five and sk = :two", null, values)).containsExactly("3");
    }

    @Test
    void nestedPaths_mapKeyAndListIndex() {
        assertThat(matching("m.k = :v AND l[1] = :b", null, Map.of(":v", s("v"), ":b", s("b")))).containsExactly("1");
        assertThat(matching("(l[0]) = :a", null, Map.of(":a", s("a")))).containsExactly("1");
        assertThat(matching("l[5] = :a", null, Map.of(":a", s("a")))).isEmpty();
    }

    @Test
    void equality_numbersByValueAndSetsIgnoringOrder() {
        Condition condition = Expressions.compile(new ExpressionSet("a = :a AND s = :s AND b = :b", null, null, null,
                null, null, Map.of(":a", n("1.50"), ":s", ss("y", "x"), ":b", bool(true)))).condition();
        assertThat(condition.test(Map.of("a", n("1.5"), "s", ss("x", "y"), "b", bool(true)))).isTrue();
        assertThat(condition.test(Map.of())).isFalse();
        assertThat(condition.topLevelNames()).containsExactlyInAnyOrder("a", "s", "b");
    }

    @Test
    void stringOrdering_byUtf8Bytes() {
        Condition condition = Expressions.compile(new ExpressionSet("a > :v", null, null, null, null, null,
                Map.of(":v", s("\uff5e")))).condition();
        assertThat(condition.test(Map.of("a", s("\ud83d\ude00")))).isTrue();
    }

    @Test
    void keywords_caseInsensitive() {
        assertThat(matching("n between :lo and :hi", null, Map.of(":lo", n(1), ":hi", n(6)))).containsExactly("1");
    }

    @Test
    void sizeWithoutValue_notEqualIsFalse() {
        assertThat(matching("size(n) <> :zero", null, Map.of(":zero", n(0)))).isEmpty();
        assertThat(matching("size(tags) <> :zero", null, Map.of(":zero", n(0)))).containsExactly("1");
    }
}
