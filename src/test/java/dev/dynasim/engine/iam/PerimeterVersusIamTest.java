package dev.dynasim.engine.iam;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dynasim.engine.iam.ConnectionDecision.Outcome;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The lesson's security contrast (facts M2, I3-I5): one bad firewall rule exposes a MongoDB-style
 * server to everyone, while an IAM policy keeps a DynamoDB user to their own partition key wherever
 * the request comes from.
 */
class PerimeterVersusIamTest {
    private static final String OUTSIDE = "203.0.113.9";
    private static final String TABLE = "arn:aws:dynamodb:us-east-1:111122223333:table/Orders";

    @Test
    void slashZeroRule_exposesEveryCollection_whileLeadingKeysPolicy_limitsTheUserToTheirOwnItems() {
        // MongoDB: the perimeter is the protection. Inside 10.0.0.0/16 only, the outside address is dropped.
        MongoServer mongo = MongoServer.at("10.0.1.5", NetworkPerimeter.of(FirewallRule.allow("10.0.0.0/16", 27017)));
        ConnectionDecision refused = mongo.connect(OUTSIDE, null);
        assertThat(refused.outcome()).isEqualTo(Outcome.REFUSED);
        assertThat(refused.message()).isEqualTo("connection to 10.0.1.5:27017 timed out: the firewall dropped it, because no rule"
                + " allows 203.0.113.9 on port 27017 (rules: allow 10.0.0.0/16 on port 27017)");

        // One bad rule later, the same address connects, and with authorization off (the default) reads everything.
        MongoServer exposed = mongo.withFirewall(mongo.firewall().allow("0.0.0.0/0", 27017));
        ConnectionDecision anyone = exposed.connect(OUTSIDE, null);
        assertThat(anyone.outcome()).isEqualTo(Outcome.FULL_ACCESS);
        assertThat(anyone.message()).isEqualTo("connected to 10.0.1.5:27017 from 203.0.113.9 (admitted by allow 0.0.0.0/0 on port"
                + " 27017) with full access: authorization is disabled, so anyone who can reach port 27017 can read and write"
                + " every collection");
        for (String[] collection : new String[][] {{"shop", "orders"}, {"shop", "customers"}, {"billing", "invoices"}}) {
            assertThat(exposed.operation(anyone, "find", collection[0], collection[1])).isEqualTo(new OperationDecision(true,
                    "find on " + collection[0] + "." + collection[1] + " allowed: authorization is disabled, so anyone who can"
                    + " reach port 27017 can read and write every collection"));
        }

        // DynamoDB: no perimeter to get through; every request is signed and checked against the caller's policies.
        Policy ownItems = new Policy("arn:aws:iam::111122223333:policy/OwnOrders", List.of(new Statement("OwnOrdersOnly",
                Effect.ALLOW, List.of("dynamodb:GetItem", "dynamodb:Query"), List.of(TABLE),
                List.of(new Condition("ForAllValues:StringEquals", "dynamodb:LeadingKeys", List.of("${aws:userid}"))))));
        Principal carol = new Principal("arn:aws:iam::111122223333:user/carol", "AIDACAROL", "carol", List.of(ownItems));
        // The request comes from the same outside address; where it comes from is not what decides.
        AccessRequest ownOrders = new AccessRequest("dynamodb:Query", TABLE,
                Map.of("dynamodb:LeadingKeys", List.of("AIDACAROL"), "aws:SourceIp", List.of(OUTSIDE)));
        assertThat(PolicyEvaluator.evaluate(carol, ownOrders)).isEqualTo(Decision.ALLOW);
        AccessRequest someoneElses = new AccessRequest("dynamodb:Query", TABLE,
                Map.of("dynamodb:LeadingKeys", List.of("AIDADAVE"), "aws:SourceIp", List.of(OUTSIDE)));
        Decision denied = PolicyEvaluator.evaluate(carol, someoneElses);
        assertThat(denied).isEqualTo(Decision.IMPLICIT_DENY);
        assertThat(denied.message(carol, someoneElses)).isEqualTo("User: arn:aws:iam::111122223333:user/carol is not authorized to"
                + " perform: dynamodb:Query on resource: arn:aws:dynamodb:us-east-1:111122223333:table/Orders because no"
                + " identity-based policy allows the dynamodb:Query action");
    }
}
