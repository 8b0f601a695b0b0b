package dev.dynasim.engine.iam;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The condition operators and wildcards of IAM evaluation (facts I3, I4). */
class PolicyEvaluatorTest {
    private static final Principal BOB = new Principal("arn:aws:iam::1:user/bob", "AIDABOB", "bob", List.of());

    private static boolean holds(String operator, List<String> expected, List<String> actual) {
        return PolicyEvaluator.holds(new Condition(operator, "dynamodb:Attributes", expected), BOB,
                actual == null ? Map.of() : Map.of("dynamodb:Attributes", actual));
    }

    @Test
    void forAllValues_everyRequestValueMustMatch_andAnEmptySetMatches() {
        assertThat(holds("ForAllValues:StringEquals", List.of("pk", "score"), List.of("pk"))).isTrue();
        assertThat(holds("ForAllValues:StringEquals", List.of("pk", "score"), List.of("pk", "secret"))).isFalse();
        // the IAM pitfall: a request without the key passes a ForAllValues condition
        assertThat(holds("ForAllValues:StringEquals", List.of("pk"), null)).isTrue();
    }

    @Test
    void forAnyValue_andSingleValued_needAMatch_andAMissingKeyFails() {
        assertThat(holds("ForAnyValue:StringEquals", List.of("pk"), List.of("pk", "secret"))).isTrue();
        assertThat(holds("ForAnyValue:StringEquals", List.of("pk"), null)).isFalse();
        assertThat(holds("StringEquals", List.of("pk"), null)).isFalse();
        assertThat(holds("StringLike", List.of("p*"), List.of("pk"))).isTrue();
        assertThat(holds("NumericEquals", List.of("1"), List.of("1"))).isFalse();
    }

    @Test
    void policyVariables_andWildcards() {
        assertThat(PolicyEvaluator.holds(new Condition("ForAllValues:StringEquals", "dynamodb:LeadingKeys", List.of("${aws:userid}")),
                BOB, Map.of("dynamodb:LeadingKeys", List.of("AIDABOB")))).isTrue();
        assertThat(PolicyEvaluator.matches("arn:aws:dynamodb:*:*:table/Game*", "arn:aws:dynamodb:us-east-1:1:table/GameScores")).isTrue();
        assertThat(PolicyEvaluator.matches("arn:aws:dynamodb:*:*:table/Game?", "arn:aws:dynamodb:us-east-1:1:table/Games")).isTrue();
        assertThat(PolicyEvaluator.matches("table/Game.Scores", "table/GameXScores")).isFalse();
    }
}
