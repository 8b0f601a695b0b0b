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

/** IAM policies read from JSON and evaluated the IAM way (facts I1-I5). */
class IamPoliciesTest {
    private static final String ACCOUNT = "arn:aws:dynamodb:us-east-1:111122223333:";
    private static final String TABLE = ACCOUNT + "table/GameScores";
    private static final String INDEX = TABLE + "/index/TopScores";

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
}
