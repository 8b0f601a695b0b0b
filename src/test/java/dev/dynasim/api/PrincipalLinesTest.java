package dev.dynasim.api;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dynasim.json.IamPolicies;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** JSON Lines made as an IAM principal: DynasimPutPrincipal defines one, a line's "principal" field uses it (I4, I5). */
class PrincipalLinesTest {

    private static String run(String lines) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ApiBatch.run(ApiHandler.ticking(1_000).policyReader(IamPolicies::parse),
                new ByteArrayInputStream(lines.getBytes(StandardCharsets.UTF_8)), out);
        return out.toString(StandardCharsets.UTF_8);
    }

    private static final String SETUP = String.join("\n",
            "{\"operation\":\"CreateTable\",\"request\":{\"TableName\":\"Orders\",\"AttributeDefinitions\":[{\"AttributeName\":\"customerId\","
                    + "\"AttributeType\":\"S\"}],\"KeySchema\":[{\"AttributeName\":\"customerId\",\"KeyType\":\"HASH\"}],\"BillingMode\":\"PAY_PER_REQUEST\"}}",
            "{\"operation\":\"DynasimPutPrincipal\",\"request\":{\"Arn\":\"arn:aws:iam::123456789012:user/alice\",\"UserId\":\"alice\","
                    + "\"Policies\":[{\"PolicyArn\":\"arn:aws:iam::123456789012:policy/own-items\",\"Document\":{\"Version\":\"2012-10-17\","
                    + "\"Statement\":[{\"Effect\":\"Allow\",\"Action\":[\"dynamodb:GetItem\",\"dynamodb:PutItem\"],"
                    + "\"Resource\":\"arn:aws:dynamodb:*:*:table/Orders\",\"Condition\":{\"ForAllValues:StringEquals\":"
                    + "{\"dynamodb:LeadingKeys\":[\"${aws:userid}\"]}}}]}}]}}");

    @Test
    void lineMadeAsAPrincipal_ownKeyAllowed_anotherKeyDeniedWithIamsMessage() {
        String out = run(SETUP + "\n"
                + "{\"principal\":\"arn:aws:iam::123456789012:user/alice\",\"operation\":\"PutItem\",\"request\":{\"TableName\":\"Orders\","
                + "\"Item\":{\"customerId\":{\"S\":\"alice\"}}}}\n"
                + "{\"principal\":\"arn:aws:iam::123456789012:user/alice\",\"operation\":\"GetItem\",\"request\":{\"TableName\":\"Orders\","
                + "\"Key\":{\"customerId\":{\"S\":\"bob\"}}}}\n"
                + "{\"operation\":\"GetItem\",\"request\":{\"TableName\":\"Orders\",\"Key\":{\"customerId\":{\"S\":\"alice\"}}}}\n");
        assertThat(out.split("\n")).containsExactly(
                "{\"response\":{\"TableDescription\":" + out.split("\n")[0].substring("{\"response\":{\"TableDescription\":".length()),
                "{\"response\":{\"Arn\":\"arn:aws:iam::123456789012:user/alice\",\"Policies\":1}}",
                "{\"response\":{}}",
                "{\"error\":{\"__type\":\"com.amazon.coral.service#AccessDeniedException\",\"message\":\"User: arn:aws:iam::123456789012:user/alice"
                        + " is not authorized to perform: dynamodb:GetItem on resource: arn:aws:dynamodb:ddblocal:000000000000:table/Orders"
                        + " because no identity-based policy allows the dynamodb:GetItem action\"}}",
                "{\"response\":{\"Item\":{\"customerId\":{\"S\":\"alice\"}}}}");
    }

    @Test
    void unknownPrincipal_isAnUnrecognizedClient_andABadPolicyNamesItsProblem() {
        String out = run("{\"principal\":\"arn:aws:iam::1:user/mallory\",\"operation\":\"ListTables\",\"request\":{}}\n"
                + "{\"operation\":\"DynasimPutPrincipal\",\"request\":{\"Arn\":\"arn:aws:iam::1:user/x\",\"Policies\":[{\"PolicyArn\":\"p\","
                + "\"Document\":{\"Statement\":[{\"Effect\":\"Maybe\",\"Action\":\"*\",\"Resource\":\"*\"}]}}]}}\n"
                + "{\"principal\":42,\"operation\":\"ListTables\",\"request\":{}}\n");
        String[] lines = out.split("\n");
        assertThat(lines[0]).isEqualTo("{\"error\":{\"__type\":\"com.amazonaws.dynamodb.v20120810#UnrecognizedClientException\","
                + "\"message\":\"The Access Key ID or security token is invalid.\"}}");
        assertThat(lines[1]).startsWith("{\"error\":{\"__type\":\"com.amazon.coral.validate#ValidationException\",\"message\":\"Policies[0].Document: ")
                .contains("Effect");
        assertThat(lines[2]).contains("SerializationException").contains("\\\"principal\\\" must be a principal's ARN as a string");
    }

    @Test
    void adminOperationsMadeAsAPrincipal_areRefused_soNoPrincipalCanWidenItsOwnRights() {
        String admin = "{\"principal\":\"arn:aws:iam::123456789012:user/alice\",\"operation\":\"DynasimPutPrincipal\",\"request\":"
                + "{\"Arn\":\"arn:aws:iam::123456789012:user/alice\",\"Policies\":[{\"PolicyArn\":\"p\",\"Document\":{\"Statement\":"
                + "[{\"Effect\":\"Allow\",\"Action\":\"*\",\"Resource\":\"*\"}]}}]}}\n";
        String bobsItem = "{\"principal\":\"arn:aws:iam::123456789012:user/alice\",\"operation\":\"GetItem\",\"request\":"
                + "{\"TableName\":\"Orders\",\"Key\":{\"customerId\":{\"S\":\"bob\"}}}}\n";
        String[] lines = run(SETUP + "\n" + admin + bobsItem).split("\n");
        assertThat(lines[2]).isEqualTo("{\"error\":{\"__type\":\"com.amazon.coral.service#AccessDeniedException\",\"message\":\"User: "
                + "arn:aws:iam::123456789012:user/alice is not authorized to perform: DynasimPutPrincipal because dynasim's admin operations are "
                + "not made as a principal (a principal could otherwise change its own policies); send them without a principal\"}}");
        assertThat(lines[3]).contains("AccessDeniedException").contains("dynamodb:GetItem");
    }

    @Test
    void aLineRefusedForItsPrincipal_stillTakesItsPlaceInSimulatedTime() {
        ApiHandler handler = ApiHandler.ticking(1_000);
        handler.answer("ListTables", dev.dynasim.api.WireJson.object(), "arn:aws:iam::1:user/mallory");
        handler.answer("DynasimPutPrincipal", dev.dynasim.api.WireJson.object(), "arn:aws:iam::1:user/mallory");
        assertThat(handler.database().now()).isEqualTo(2_000);
    }
}
