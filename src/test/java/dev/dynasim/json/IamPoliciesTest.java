package dev.dynasim.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.dynasim.engine.iam.AccessRequest;
import dev.dynasim.engine.iam.Decision;
import dev.dynasim.engine.iam.Policy;
import dev.dynasim.engine.iam.PolicyEvaluator;
import dev.dynasim.engine.iam.Principal;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** IAM policies read from JSON and evaluated the IAM way (facts I1-I5). */
class IamPoliciesTest {
    private static final String ACCOUNT = "arn:aws:dynamodb:us-east-1:111122223333:";
    private static final String TABLE = ACCOUNT + "table/GameScores";
    private static final String INDEX = TABLE + "/index/TopScores";
    private static final String SUPPORTED = "unsupported operator; dynasim supports StringEquals, StringNotEquals,"
            + " StringLike, StringNotLike and their ForAllValues:/ForAnyValue: forms, and Null";

    /** The facts file's fine-grained access example: a user may touch only items whose partition key is their own id. */
    private static final Policy OWN_ITEMS = IamPolicies.parse("""
            {"Version": "2012-10-17",
             "Statement": [{
               "Sid": "OwnItemsOnly",
               "Effect": "Allow",
               "Action": ["dynamodb:GetItem", "dynamodb:PutItem", "dynamodb:Query", "dynamodb:UpdateItem"],
               "Resource": ["arn:aws:dynamodb:us-east-1:111122223333:table/GameScores"],
               "Condition": {"ForAllValues:StringEquals": {"dynamodb:LeadingKeys": ["${aws:userid}"]}}
             }]}""", "arn:aws:iam::111122223333:policy/OwnItems");
    private static final Policy NO_DELETES = IamPolicies.parse("""
            {"Version": "2012-10-17",
             "Statement": {"Effect": "Deny", "Action": "dynamodb:Delete*", "Resource": "*"}}""",
            "arn:aws:iam::111122223333:policy/NoDeletes");
    private static final Policy READ_ALL = IamPolicies.parse("""
            {"Version": "2012-10-17",
             "Statement": {"Effect": "Allow", "Action": ["dynamodb:Get*", "dynamodb:Query", "dynamodb:DeleteItem"],
                           "Resource": "arn:aws:dynamodb:us-east-1:111122223333:table/GameScores"}}""",
            "arn:aws:iam::111122223333:policy/ReadAll");
    private static final Principal ALICE = new Principal("arn:aws:iam::111122223333:user/alice", "AIDAALICE", "alice",
            List.of(OWN_ITEMS, NO_DELETES));
    private static final Principal READER = new Principal("arn:aws:iam::111122223333:user/reader", "AIDAREADER", "reader",
            List.of(READ_ALL, NO_DELETES));

    private static AccessRequest request(String action, String resource, String... leadingKeys) {
        return new AccessRequest(action, resource, Map.of("dynamodb:LeadingKeys", List.of(leadingKeys)));
    }

    @Test
    void leadingKeys_allowOwnPartitionKey_implicitlyDenyAnyoneElses() {
        assertThat(PolicyEvaluator.evaluate(ALICE, request("dynamodb:GetItem", TABLE, "AIDAALICE"))).isEqualTo(Decision.ALLOW);
        AccessRequest other = request("dynamodb:GetItem", TABLE, "AIDABOB");
        Decision d = PolicyEvaluator.evaluate(ALICE, other);
        assertThat(d).isEqualTo(Decision.IMPLICIT_DENY);
        assertThat(d.message(ALICE, other)).isEqualTo("User: arn:aws:iam::111122223333:user/alice is not authorized to perform:"
                + " dynamodb:GetItem on resource: arn:aws:dynamodb:us-east-1:111122223333:table/GameScores because no"
                + " identity-based policy allows the dynamodb:GetItem action");
    }

    @Test
    void explicitDeny_winsOverAnAllow_andNamesThePolicy() {
        AccessRequest delete = request("dynamodb:DeleteItem", TABLE, "AIDAREADER");
        Decision d = PolicyEvaluator.evaluate(READER, delete);
        assertThat(d.allowed()).isFalse();
        assertThat(d.message(READER, delete)).isEqualTo("User: arn:aws:iam::111122223333:user/reader is not authorized to perform:"
                + " dynamodb:DeleteItem on resource: arn:aws:dynamodb:us-east-1:111122223333:table/GameScores with an explicit deny"
                + " in an identity-based policy: arn:aws:iam::111122223333:policy/NoDeletes");
    }

    @Test
    void actionWildcards_matchCaseInsensitively_andAnIndexIsItsOwnResource() {
        assertThat(PolicyEvaluator.evaluate(READER, request("dynamodb:GetItem", TABLE)).allowed()).isTrue();
        assertThat(PolicyEvaluator.evaluate(READER, request("DynamoDB:getitem", TABLE)).allowed()).isTrue();
        assertThat(PolicyEvaluator.evaluate(READER, request("dynamodb:PutItem", TABLE)).allowed()).isFalse();
        // a Query on an index is authorised against the index ARN (I2), which the table's ARN does not cover
        assertThat(PolicyEvaluator.evaluate(READER, request("dynamodb:Query", INDEX)).allowed()).isFalse();
    }

    @Test
    void badPolicy_namesTheField() {
        assertThatThrownBy(() -> IamPolicies.parse("{\"Statement\": {\"Effect\": \"Permit\", \"Action\": \"*\", \"Resource\": \"*\"}}", "p"))
                .isInstanceOf(ScenarioFileException.class).hasMessage("p: Statement.Effect: must be one of Allow, Deny, not \"Permit\"");
        assertThatThrownBy(() -> IamPolicies.parse("{\"Statement\": [{\"Effect\": \"Allow\", \"Resource\": \"*\"}]}", "p"))
                .isInstanceOf(ScenarioFileException.class).hasMessage("p: Statement[0].Action: is required");
    }

    private static String withCondition(String condition) {
        return "{\"Statement\": [{\"Effect\": \"Allow\", \"Action\": \"dynamodb:GetItem\", \"Resource\": \"*\","
                + " \"Condition\": " + condition + "}]}";
    }

    @ParameterizedTest
    @ValueSource(strings = {"NumericLessThan", "StringEqualsIgnoreCase", "StringEqualsIfExists", "Bool", "IpAddress", "ArnLike",
        "DateLessThan", "ForAnyValue:NumericEquals", "ForAllValues:Null", "stringEquals"})
    void unsupportedOperator_parse_rejectedNamingTheField(String operator) {
        assertThatThrownBy(() -> IamPolicies.parse(withCondition("{\"" + operator + "\": {\"aws:username\": \"1\"}}"), "p"))
                .isInstanceOf(ScenarioFileException.class)
                .hasMessage("p: Statement[0].Condition." + operator + ": " + SUPPORTED);
    }

    @Test
    void unsupportedOperator_singleStatementObject_pathHasNoIndex() {
        assertThatThrownBy(() -> IamPolicies.parse("{\"Statement\": {\"Effect\": \"Deny\", \"Action\": \"*\", \"Resource\": \"*\","
                + " \"Condition\": {\"NumericLessThan\": {\"dynamodb:ReturnConsumedCapacity\": \"1\"}}}}", "p"))
                .isInstanceOf(ScenarioFileException.class).hasMessage("p: Statement.Condition.NumericLessThan: " + SUPPORTED);
    }

    @ParameterizedTest
    @ValueSource(strings = {"StringEquals", "ForAnyValue:StringEquals", "StringLike"})
    void leadingKeys_withoutForAllValues_rejectedCitingTheRule(String operator) {
        assertThatThrownBy(() -> IamPolicies.parse(withCondition("{\"" + operator + "\": {\"dynamodb:LeadingKeys\": [\"${aws:userid}\"]}}"),
                "arn:aws:iam::111122223333:policy/Bad"))
                .isInstanceOf(ScenarioFileException.class)
                .hasMessage("arn:aws:iam::111122223333:policy/Bad: Statement[0].Condition." + operator + ".dynamodb:LeadingKeys:"
                        + " dynamodb:LeadingKeys must be used with the ForAllValues: modifier, e.g. ForAllValues:StringEquals: a"
                        + " request can carry several partition-key values, and DynamoDB's fine-grained access control requires"
                        + " every one of them to match (DynamoDB Developer Guide, \"Using IAM policy conditions for fine-grained"
                        + " access control\")");
    }

    @Test
    void conditionValues_notStrings_rejected() {
        assertThatThrownBy(() -> IamPolicies.parse(withCondition("{\"StringEquals\": {\"aws:username\": {\"name\": \"bob\"}}}"), "p"))
                .isInstanceOf(ScenarioFileException.class)
                .hasMessage("p: Statement[0].Condition.StringEquals.aws:username: must be a string or an array of strings");
        assertThatThrownBy(() -> IamPolicies.parse(withCondition("{\"Null\": {\"aws:username\": \"maybe\"}}"), "p"))
                .isInstanceOf(ScenarioFileException.class)
                .hasMessage("p: Statement[0].Condition.Null.aws:username: Null on aws:username takes \"true\" (the key is absent)"
                        + " or \"false\" (the key is present), not \"maybe\"");
    }

    @Test
    void denyWithCondition_fromJson_deniesOnlyWhenTheConditionHolds() {
        Policy noScans = IamPolicies.parse("""
                {"Version": "2012-10-17",
                 "Statement": {"Effect": "Deny", "Action": "dynamodb:*", "Resource": "*",
                               "Condition": {"StringNotEquals": {"dynamodb:Select": ["SPECIFIC_ATTRIBUTES", "COUNT"]}}}}""",
                "arn:aws:iam::111122223333:policy/NarrowReads");
        Principal carol = new Principal("arn:aws:iam::111122223333:user/carol", "AIDACAROL", "carol", List.of(READ_ALL, noScans));
        AccessRequest all = new AccessRequest("dynamodb:Query", TABLE, Map.of("dynamodb:Select", List.of("ALL_ATTRIBUTES")));
        Decision d = PolicyEvaluator.evaluate(carol, all);
        assertThat(d).isEqualTo(Decision.explicitDeny("arn:aws:iam::111122223333:policy/NarrowReads"));
        assertThat(d.message(carol, all)).isEqualTo("User: arn:aws:iam::111122223333:user/carol is not authorized to perform:"
                + " dynamodb:Query on resource: arn:aws:dynamodb:us-east-1:111122223333:table/GameScores with an explicit deny"
                + " in an identity-based policy: arn:aws:iam::111122223333:policy/NarrowReads");
        assertThat(PolicyEvaluator.evaluate(carol, new AccessRequest("dynamodb:Query", TABLE,
                Map.of("dynamodb:select", List.of("COUNT"))))).isEqualTo(Decision.ALLOW);
        // a negated operator holds when the key is missing, so a Query that names no Select is denied too
        assertThat(PolicyEvaluator.evaluate(carol, new AccessRequest("dynamodb:Query", TABLE, Map.of())))
                .isEqualTo(Decision.explicitDeny("arn:aws:iam::111122223333:policy/NarrowReads"));
    }

    @Test
    void usernameVariable_andCaseInsensitiveKey_fromJson() {
        Policy own = IamPolicies.parse("""
                {"Version": "2012-10-17",
                 "Statement": {"Effect": "Allow", "Action": "dynamodb:GetItem", "Resource": "%s",
                               "Condition": {"ForAllValues:StringEquals": {"DynamoDB:leadingKeys": "${aws:username}"}}}}"""
                .formatted(TABLE), "arn:aws:iam::111122223333:policy/OwnByName");
        Principal dana = new Principal("arn:aws:iam::111122223333:user/dana", "AIDADANA", "dana", List.of(own));
        assertThat(PolicyEvaluator.evaluate(dana, request("dynamodb:GetItem", TABLE, "dana"))).isEqualTo(Decision.ALLOW);
        AccessRequest other = request("dynamodb:GetItem", TABLE, "Dana");
        assertThat(PolicyEvaluator.evaluate(dana, other)).isEqualTo(Decision.IMPLICIT_DENY);
        assertThat(Decision.IMPLICIT_DENY.message(dana, other)).isEqualTo("User: arn:aws:iam::111122223333:user/dana is not"
                + " authorized to perform: dynamodb:GetItem on resource: arn:aws:dynamodb:us-east-1:111122223333:table/GameScores"
                + " because no identity-based policy allows the dynamodb:GetItem action");
    }
}
