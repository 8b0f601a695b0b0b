package dev.dynasim.engine.iam;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/** The condition operators, condition keys, policy variables and wildcards of IAM evaluation (facts I3, I4, I5). */
class PolicyEvaluatorTest {
    private static final String TABLE = "arn:aws:dynamodb:us-east-1:111122223333:table/GameScores";
    private static final Principal BOB = new Principal("arn:aws:iam::1:user/bob", "AIDABOB", "bob", List.of());

    private static boolean holds(String operator, List<String> expected, List<String> actual) {
        return PolicyEvaluator.holds(new Condition(operator, "dynamodb:Attributes", expected), BOB,
                actual == null ? Map.of() : Map.of("dynamodb:Attributes", actual));
    }

    private static Principal user(String name, Statement... statements) {
        return new Principal("arn:aws:iam::111122223333:user/" + name, "AIDA" + name.toUpperCase(), name,
                List.of(new Policy("arn:aws:iam::111122223333:policy/Test", List.of(statements))));
    }

    private static Statement allow(String action, String resource, Condition... conditions) {
        return new Statement(null, Effect.ALLOW, List.of(action), List.of(resource), List.of(conditions));
    }

    private static AccessRequest request(String action, String key, List<String> values) {
        return new AccessRequest(action, TABLE, key == null ? Map.of() : Map.of(key, values));
    }

    private static String implicitDeny(String user, String action, String resource) {
        return "User: arn:aws:iam::111122223333:user/" + user + " is not authorized to perform: " + action + " on resource: "
                + resource + " because no identity-based policy allows the " + action + " action";
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
    }

    @Test
    void forAnyValue_emptyContext_neverHolds_evenNegated() {
        assertThat(holds("ForAnyValue:StringEquals", List.of("pk"), List.of())).isFalse();
        assertThat(holds("ForAnyValue:StringLike", List.of("*"), List.of())).isFalse();
        assertThat(holds("ForAnyValue:StringNotEquals", List.of("pk"), null)).isFalse();
        assertThat(holds("ForAnyValue:StringNotLike", List.of("p*"), List.of())).isFalse();
    }

    @Test
    void negatedOperators_missingKey_hold() {
        assertThat(holds("StringNotEquals", List.of("pk"), null)).isTrue();
        assertThat(holds("StringNotLike", List.of("p*"), null)).isTrue();
        assertThat(holds("ForAllValues:StringNotEquals", List.of("pk"), null)).isTrue();
        assertThat(holds("ForAllValues:StringNotLike", List.of("p*"), List.of())).isTrue();
    }

    @Test
    void negatedOperators_presentKey_holdOnlyWhenNoListedValueMatches() {
        // several policy values under a negated operator are a NOR
        assertThat(holds("StringNotEquals", List.of("pk", "score"), List.of("secret"))).isTrue();
        assertThat(holds("StringNotEquals", List.of("pk", "score"), List.of("score"))).isFalse();
        assertThat(holds("StringNotLike", List.of("s*"), List.of("pk"))).isTrue();
        assertThat(holds("StringNotLike", List.of("s*"), List.of("score"))).isFalse();
        // set forms negate value by value
        assertThat(holds("ForAllValues:StringNotLike", List.of("secret*"), List.of("pk", "score"))).isTrue();
        assertThat(holds("ForAllValues:StringNotLike", List.of("secret*"), List.of("pk", "secretNote"))).isFalse();
        assertThat(holds("ForAnyValue:StringNotEquals", List.of("pk"), List.of("pk", "score"))).isTrue();
        assertThat(holds("ForAnyValue:StringNotEquals", List.of("pk"), List.of("pk"))).isFalse();
    }

    @Test
    void negatedOperator_inAnAllow_grantsRequestsWithoutTheKey() {
        Principal ana = user("ana", allow("dynamodb:GetItem", TABLE,
                new Condition("StringNotEquals", "dynamodb:Select", List.of("ALL_ATTRIBUTES"))));
        assertThat(PolicyEvaluator.evaluate(ana, request("dynamodb:GetItem", null, null))).isEqualTo(Decision.ALLOW);
        assertThat(PolicyEvaluator.evaluate(ana, request("dynamodb:GetItem", "dynamodb:Select", List.of("SPECIFIC_ATTRIBUTES"))))
                .isEqualTo(Decision.ALLOW);
        AccessRequest all = request("dynamodb:GetItem", "dynamodb:Select", List.of("ALL_ATTRIBUTES"));
        assertThat(PolicyEvaluator.evaluate(ana, all)).isEqualTo(Decision.IMPLICIT_DENY);
        assertThat(Decision.IMPLICIT_DENY.message(ana, all)).isEqualTo(implicitDeny("ana", "dynamodb:GetItem", TABLE));
    }

    @Test
    void nullOperator_testsWhetherTheKeyIsPresent() {
        assertThat(holds("Null", List.of("true"), null)).isTrue();
        assertThat(holds("Null", List.of("true"), List.of())).isTrue();
        assertThat(holds("Null", List.of("true"), List.of("pk"))).isFalse();
        assertThat(holds("Null", List.of("false"), List.of("pk"))).isTrue();
        assertThat(holds("Null", List.of("FALSE"), null)).isFalse();
    }

    @Test
    void nullFalse_withForAllValues_closesTheEmptySetPitfall() {
        Condition own = new Condition("ForAllValues:StringEquals", "dynamodb:LeadingKeys", List.of("${aws:userid}"));
        Condition present = new Condition("Null", "dynamodb:LeadingKeys", List.of("false"));
        Principal open = user("open", allow("dynamodb:*", TABLE, own));
        Principal closed = user("closed", allow("dynamodb:*", TABLE, own, present));
        AccessRequest scan = request("dynamodb:Scan", null, null);
        // a Scan names no partition key, so ForAllValues alone lets it read every user's items
        assertThat(PolicyEvaluator.evaluate(open, scan)).isEqualTo(Decision.ALLOW);
        assertThat(PolicyEvaluator.evaluate(closed, scan)).isEqualTo(Decision.IMPLICIT_DENY);
        assertThat(Decision.IMPLICIT_DENY.message(closed, scan)).isEqualTo(implicitDeny("closed", "dynamodb:Scan", TABLE));
        assertThat(PolicyEvaluator.evaluate(closed, request("dynamodb:Query", "dynamodb:LeadingKeys", List.of("AIDACLOSED"))))
                .isEqualTo(Decision.ALLOW);
    }

    @Test
    void denyWithCondition_conditionHolds_explicitlyDenies() {
        Principal eve = new Principal("arn:aws:iam::111122223333:user/eve", "AIDAEVE", "eve", List.of(
                new Policy("arn:aws:iam::111122223333:policy/Writer", List.of(allow("dynamodb:*", TABLE))),
                new Policy("arn:aws:iam::111122223333:policy/NoSecrets", List.of(new Statement("NoSecretWrites", Effect.DENY,
                        List.of("dynamodb:PutItem"), List.of("*"),
                        List.of(new Condition("ForAnyValue:StringEquals", "dynamodb:Attributes", List.of("secret"))))))));
        AccessRequest secret = request("dynamodb:PutItem", "dynamodb:Attributes", List.of("pk", "secret"));
        Decision d = PolicyEvaluator.evaluate(eve, secret);
        assertThat(d).isEqualTo(Decision.explicitDeny("arn:aws:iam::111122223333:policy/NoSecrets"));
        assertThat(d.message(eve, secret)).isEqualTo("User: arn:aws:iam::111122223333:user/eve is not authorized to perform:"
                + " dynamodb:PutItem on resource: " + TABLE + " with an explicit deny in an identity-based policy:"
                + " arn:aws:iam::111122223333:policy/NoSecrets");
        // the Deny applies only when its condition holds
        assertThat(PolicyEvaluator.evaluate(eve, request("dynamodb:PutItem", "dynamodb:Attributes", List.of("pk", "score"))))
                .isEqualTo(Decision.ALLOW);
        // ForAnyValue never holds without the key, so a request that names no attributes escapes this Deny
        assertThat(PolicyEvaluator.evaluate(eve, request("dynamodb:PutItem", null, null))).isEqualTo(Decision.ALLOW);
    }

    @Test
    void conditionKeys_differentCase_matchTheSameKey() {
        Principal bob = user("bob", allow("dynamodb:GetItem", TABLE,
                new Condition("ForAllValues:StringEquals", "DYNAMODB:leadingkeys", List.of("${aws:username}"))));
        assertThat(PolicyEvaluator.evaluate(bob, request("dynamodb:GetItem", "dynamodb:LeadingKeys", List.of("bob"))))
                .isEqualTo(Decision.ALLOW);
        assertThat(PolicyEvaluator.evaluate(bob, request("dynamodb:GetItem", "Dynamodb:LEADINGKEYS", List.of("bob"))))
                .isEqualTo(Decision.ALLOW);
        assertThat(new AccessRequest("dynamodb:GetItem", TABLE, Map.of("dynamodb:leadingkeys", List.of("bob")))
                .values("dynamodb:LeadingKeys")).containsExactly("bob");
    }

    @Test
    void conditionValues_differentCase_doNotMatch() {
        Principal bob = user("bob", allow("dynamodb:GetItem", TABLE,
                new Condition("ForAllValues:StringEquals", "dynamodb:LeadingKeys", List.of("${aws:username}"))));
        AccessRequest upper = request("dynamodb:GetItem", "dynamodb:LeadingKeys", List.of("Bob"));
        assertThat(PolicyEvaluator.evaluate(bob, upper)).isEqualTo(Decision.IMPLICIT_DENY);
        assertThat(Decision.IMPLICIT_DENY.message(bob, upper)).isEqualTo(implicitDeny("bob", "dynamodb:GetItem", TABLE));
    }

    @Test
    void contextKeys_sameKeyInTwoCases_rejected() {
        assertThatThrownBy(() -> new AccessRequest("dynamodb:GetItem", TABLE,
                new TreeMap<>(Map.of("dynamodb:LeadingKeys", List.of("a"), "dynamodb:leadingkeys", List.of("b")))))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("context keys are case-insensitive: dynamodb:LeadingKeys and dynamodb:leadingkeys name the same key;"
                        + " give it once");
    }

    @Test
    void usernameVariable_inResource_limitsEachUserToTheirOwnTable() {
        String notes = "arn:aws:dynamodb:us-east-1:111122223333:table/notes-";
        Statement own = allow("dynamodb:GetItem", notes + "${aws:username}");
        Principal alice = user("alice", own);
        assertThat(PolicyEvaluator.evaluate(alice, new AccessRequest("dynamodb:GetItem", notes + "alice", Map.of())))
                .isEqualTo(Decision.ALLOW);
        AccessRequest bobs = new AccessRequest("dynamodb:GetItem", notes + "bob", Map.of());
        assertThat(PolicyEvaluator.evaluate(alice, bobs)).isEqualTo(Decision.IMPLICIT_DENY);
        assertThat(Decision.IMPLICIT_DENY.message(alice, bobs)).isEqualTo(implicitDeny("alice", "dynamodb:GetItem", notes + "bob"));
    }

    @Test
    void usernameVariable_principalWithoutUsername_matchesNothingUnlessADefaultIsGiven() {
        String notes = "arn:aws:dynamodb:us-east-1:111122223333:table/notes-";
        Policy own = new Policy("arn:aws:iam::111122223333:policy/Own", List.of(allow("dynamodb:GetItem", notes + "${aws:username}")));
        Principal role = new Principal("arn:aws:sts::111122223333:assumed-role/App/s1", "AROAAPP:s1", null, List.of(own));
        assertThat(PolicyEvaluator.evaluate(role, new AccessRequest("dynamodb:GetItem", notes, Map.of())))
                .isEqualTo(Decision.IMPLICIT_DENY);
        Policy shared = new Policy("arn:aws:iam::111122223333:policy/Shared",
                List.of(allow("dynamodb:GetItem", notes + "${aws:username, 'shared'}")));
        Principal withDefault = new Principal(role.arn(), role.userId(), null, List.of(shared));
        assertThat(PolicyEvaluator.evaluate(withDefault, new AccessRequest("dynamodb:GetItem", notes + "shared", Map.of())))
                .isEqualTo(Decision.ALLOW);
    }

    @Test
    void globalKeys_comeFromThePrincipal_whenTheRequestLacksThem() {
        Principal bob = user("bob", allow("dynamodb:GetItem", TABLE, new Condition("StringEquals", "aws:username", List.of("bob"))));
        assertThat(PolicyEvaluator.evaluate(bob, request("dynamodb:GetItem", null, null))).isEqualTo(Decision.ALLOW);
        Principal notBob = user("rob", allow("dynamodb:GetItem", TABLE, new Condition("StringEquals", "AWS:UserName", List.of("bob"))));
        assertThat(PolicyEvaluator.evaluate(notBob, request("dynamodb:GetItem", null, null))).isEqualTo(Decision.IMPLICIT_DENY);
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
