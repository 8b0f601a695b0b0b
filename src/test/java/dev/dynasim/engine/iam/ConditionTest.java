package dev.dynasim.engine.iam;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Conditions the evaluator would ignore or get wrong are refused when built (facts I3). */
class ConditionTest {
    private static final String SUPPORTED = "unsupported operator; dynasim supports StringEquals, StringNotEquals,"
            + " StringLike, StringNotLike and their ForAllValues:/ForAnyValue: forms, and Null";

    @ParameterizedTest
    @ValueSource(strings = {"NumericLessThan", "StringEqualsIgnoreCase", "StringEqualsIfExists", "Bool", "IpAddress", "ArnLike",
        "DateGreaterThan", "stringequals", "ForAllValues:Null", "ForSomeValues:StringEquals", ""})
    void unsupportedOperator_construction_rejectedNamingTheOperator(String operator) {
        assertThatThrownBy(() -> new Condition(operator, "dynamodb:Attributes", List.of("pk")))
                .isInstanceOf(IllegalArgumentException.class).hasMessage(operator + ": " + SUPPORTED);
    }

    @ParameterizedTest
    @ValueSource(strings = {"StringEquals", "StringNotEquals", "StringLike", "StringNotLike", "ForAllValues:StringEquals",
        "ForAllValues:StringNotEquals", "ForAllValues:StringLike", "ForAllValues:StringNotLike", "ForAnyValue:StringEquals",
        "ForAnyValue:StringNotEquals", "ForAnyValue:StringLike", "ForAnyValue:StringNotLike"})
    void supportedOperator_construction_roundTrips(String operator) {
        Condition c = new Condition(operator, "dynamodb:Attributes", List.of("pk"));
        assertThat(c.parsedOperator().toString()).isEqualTo(operator);
    }

    @ParameterizedTest
    @ValueSource(strings = {"StringEquals", "StringLike", "StringNotEquals", "ForAnyValue:StringEquals", "ForAnyValue:StringLike"})
    void leadingKeys_withoutForAllValues_rejectedCitingTheRule(String operator) {
        assertThatThrownBy(() -> new Condition(operator, "dynamodb:LeadingKeys", List.of("${aws:userid}")))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("dynamodb:LeadingKeys must be used with the"
                        + " ForAllValues: modifier, e.g. ForAllValues:StringEquals: a request can carry several partition-key"
                        + " values, and DynamoDB's fine-grained access control requires every one of them to match (DynamoDB"
                        + " Developer Guide, \"Using IAM policy conditions for fine-grained access control\")");
    }

    @Test
    void leadingKeys_anyCase_sameRule() {
        assertThatThrownBy(() -> new Condition("StringEquals", "dynamodb:leadingkeys", List.of("x")))
                .hasMessageStartingWith("dynamodb:LeadingKeys must be used with the ForAllValues: modifier");
    }

    @Test
    void leadingKeys_withForAllValuesOrNull_accepted() {
        assertThat(new Condition("ForAllValues:StringLike", "dynamodb:LeadingKeys", List.of("team-*")).isKey("DynamoDB:LeadingKeys"))
                .isTrue();
        assertThat(new Condition("Null", "dynamodb:LeadingKeys", List.of("false")).parsedOperator().base())
                .isEqualTo(ConditionOperator.Base.NULL);
    }

    @Test
    void nullOperator_valueOtherThanTrueOrFalse_rejected() {
        assertThatThrownBy(() -> new Condition("Null", "aws:username", List.of("yes")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("Null on aws:username takes \"true\" (the key is absent) or \"false\" (the key is present), not \"yes\"");
    }

    @Test
    void missingParts_rejected() {
        assertThatThrownBy(() -> new Condition(null, "k", List.of())).hasMessage("a condition needs an operator and a key");
        assertThatThrownBy(() -> new Condition("StringEquals", " ", List.of())).hasMessage("a condition needs an operator and a key");
        assertThatThrownBy(() -> new Condition("StringEquals", "k", null)).hasMessage("condition StringEquals on k needs values");
        assertThatThrownBy(() -> new Condition("StringEquals", "k", Arrays.asList("a", null)))
                .hasMessage("condition StringEquals on k has a null value");
    }
}
