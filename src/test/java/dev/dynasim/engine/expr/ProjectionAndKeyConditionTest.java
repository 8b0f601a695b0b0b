package dev.dynasim.engine.expr;

import static dev.dynasim.engine.model.AttributeValue.l;
import static dev.dynasim.engine.model.AttributeValue.m;
import static dev.dynasim.engine.model.AttributeValue.n;
import static dev.dynasim.engine.model.AttributeValue.s;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.dynasim.engine.model.AttributeValue;
import dev.dynasim.engine.model.DynamoDbException;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Projections (oracle get-projection-nested) and key-condition shapes. */
class ProjectionAndKeyConditionTest {
    static final Map<String, AttributeValue> ITEM = Map.of("pk", s("u"), "n", n(8),
            "l", l(s("L"), s("new"), n(3), s("new")),
            "m", m(Map.of("b", m(Map.of("c", s("new"))), "newkey", s("new"))));

    static ProjectionPaths projection(String expression, Map<String, String> names) {
        return Expressions.compile(new ExpressionSet(null, null, null, expression, null, names, null)).projection();
    }

    static KeyCondition key(String expression, Map<String, AttributeValue> values) {
        return Expressions.compile(new ExpressionSet(null, expression, null, null, null, null, values)).keyCondition();
    }

    @Test
    void projection_nestedPaths_keepEnclosingStructure() {
        assertThat(projection("m.b.c, l[0], n", null).apply(ITEM)).isEqualTo(Map.of(
                "l", l(s("L")), "m", m(Map.of("b", m(Map.of("c", s("new"))))), "n", n(8)));
    }

    @Test
    void projection_listElements_compactedInIndexOrder() {
        assertThat(projection("l[3], l[1], l[9]", null).apply(ITEM)).isEqualTo(Map.of("l", l(s("new"), s("new"))));
    }

    @Test
    void projection_missingAndPlaceholders() {
        ProjectionPaths paths = projection("#p, nope, m.nope", Map.of("#p", "pk"));
        assertThat(paths.apply(ITEM)).isEqualTo(Map.of("pk", s("u")));
        assertThat(paths.topLevelNames()).containsExactlyInAnyOrder("pk", "nope", "m");
    }

    @Test
    void keyCondition_equalityAndRange_terms() {
        KeyCondition condition = key("pk = :p AND sk BETWEEN :a AND :b", Map.of(":p", s("o"), ":a", n(-2), ":b", n(10)));
        assertThat(condition.terms()).containsExactly(new KeyTerm("pk", "=", List.of(s("o"))),
                new KeyTerm("sk", "BETWEEN", List.of(n(-2), n(10))));
    }

    @Test
    void keyCondition_valueFirst_operatorFlipped() {
        assertThat(key(":z < sk AND begins_with(pk, :z)", Map.of(":z", s("Z"))).terms()).containsExactly(
                new KeyTerm("sk", ">", List.of(s("Z"))), new KeyTerm("pk", "begins_with", List.of(s("Z"))));
    }

    @Test
    void keyCondition_badShapes_rejected() {
        Map<String, AttributeValue> v = Map.of(":v", s("x"));
        assertRejected(() -> key("pk = :v OR sk = :v", v), "Invalid operator used in KeyConditionExpression: OR");
        assertRejected(() -> key("NOT pk = :v", v), "Invalid operator used in KeyConditionExpression: NOT");
        assertRejected(() -> key("pk IN (:v)", v), "Invalid operator used in KeyConditionExpression: IN");
        assertRejected(() -> key("pk <> :v", v), "Invalid operator used in KeyConditionExpression: <>");
        assertRejected(() -> key("attribute_exists(pk)", null),
                "Invalid operator used in KeyConditionExpression: attribute_exists");
        assertRejected(() -> key("pk = :v AND pk = :v", v),
                "KeyConditionExpressions must only contain one condition per key");
        assertRejected(() -> key("pk = :v AND sk = :v AND x = :v", v), "Conditions can be of length 1 or 2 only");
        assertRejected(() -> key("pk.a = :v", v), "KeyConditionExpressions cannot have conditions on nested attributes");
        assertRejected(() -> key("size(pk) = :n", Map.of(":n", n(1))),
                "KeyConditionExpressions cannot contain nested operations");
        assertRejected(() -> key("pk = sk", null),
                "Invalid condition in KeyConditionExpression: Multiple attribute names used in one condition");
    }

    static void assertRejected(Runnable call, String message) {
        assertThatThrownBy(call::run).isInstanceOf(DynamoDbException.class).hasMessage(message);
    }
}
