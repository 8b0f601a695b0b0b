package dev.dynasim.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Test;

/**
 * Auto scaling through the JSON API (P13-P15): a policy put with DynasimPutScalingPolicy scales a
 * provisioned table out after two minutes above its target, the UpdateTable applying five minutes
 * later, and DynasimDescribeScalingActivities shows each step; bad policies are ValidationExceptions.
 */
class ScalingOperationsTest {
    private static final String PAD = "x".repeat(3_900); // with its key, a 4 KB item: 4 write units a put

    private static ObjectNode answer(ApiHandler api, String operation, String body) {
        return api.answer(operation, WireJson.parse(body));
    }

    private static ApiHandler withTable(String billing) {
        ApiHandler api = ApiHandler.ticking(1_000);
        String throughput = billing.equals("PROVISIONED")
                ? ",\"ProvisionedThroughput\":{\"ReadCapacityUnits\":5,\"WriteCapacityUnits\":5}" : "";
        answer(api, "CreateTable", "{\"TableName\":\"Music\",\"AttributeDefinitions\":[{\"AttributeName\":\"pk\",\"AttributeType\":\"S\"}],"
                + "\"KeySchema\":[{\"AttributeName\":\"pk\",\"KeyType\":\"HASH\"}],\"BillingMode\":\"" + billing + "\"" + throughput + "}");
        return api;
    }

    @Test
    void writesAboveTheTarget_forTwoMinutes_scaleOut_andTheUpdateAppliesFiveMinutesLater() {
        ApiHandler api = withTable("PROVISIONED");
        ObjectNode put = answer(api, "DynasimPutScalingPolicy",
                "{\"TableName\":\"Music\",\"WriteCapacity\":{\"MinCapacity\":5,\"MaxCapacity\":100,\"TargetValue\":70}}");
        assertThat(put.toString()).isEqualTo("{\"response\":{\"TableName\":\"Music\",\"WriteCapacity\":"
                + "{\"MinCapacity\":5,\"MaxCapacity\":100,\"TargetValue\":70.0}}}");
        // one 4-unit put a second against 5 WCU: 80% utilisation, above the 70% target
        for (int i = 0; i < 480; i++) {
            ObjectNode line = answer(api, "PutItem", "{\"TableName\":\"Music\",\"Item\":{\"pk\":{\"S\":\"k" + i + "\"},\"pad\":{\"S\":\""
                    + PAD + "\"}}}");
            assertThat(line.has("error")).as("put %d: %s", i, line).isFalse();
        }
        JsonNode activities = answer(api, "DynasimDescribeScalingActivities", "{\"TableName\":\"Music\"}")
                .get("response").get("ScalingActivities");
        assertThat(activities).hasSizeGreaterThanOrEqualTo(2);
        JsonNode decided = activities.get(0);
        assertThat(decided.get("Status").asText()).isEqualTo("decided");
        assertThat(decided.get("Dimension").asText()).isEqualTo("write");
        assertThat(decided.get("FromCapacity").asLong()).isEqualTo(5);
        assertThat(decided.get("ToCapacity").asLong()).isEqualTo(6); // 4 WCU/s / 0.7 = 5.7, rounded up
        JsonNode applied = activities.get(1);
        assertThat(applied.get("Status").asText()).isEqualTo("applied");
        assertThat(applied.get("Time").asLong() - decided.get("Time").asLong()).isEqualTo(300_000);
        assertThat(answer(api, "DescribeTable", "{\"TableName\":\"Music\"}").get("response").get("Table")
                .get("ProvisionedThroughput").get("WriteCapacityUnits").asLong()).isEqualTo(6);
    }

    @Test
    void badPolicies_andOnDemandTables_areValidationExceptions_madeAsAPrincipalTheyAreRefused() {
        ApiHandler api = withTable("PAY_PER_REQUEST");
        assertThat(answer(api, "DynasimPutScalingPolicy", "{\"TableName\":\"Music\",\"ReadCapacity\":{\"MaxCapacity\":100}}").toString())
                .isEqualTo("{\"error\":{\"__type\":\"com.amazon.coral.validate#ValidationException\",\"message\":\"auto scaling needs a "
                        + "PROVISIONED table; Music is on demand (PAY_PER_REQUEST)\"}}");
        ApiHandler provisioned = withTable("PROVISIONED");
        assertThat(answer(provisioned, "DynasimPutScalingPolicy",
                "{\"TableName\":\"Music\",\"ReadCapacity\":{\"MaxCapacity\":100,\"TargetValue\":95}}").toString())
                .contains("ReadCapacity.TargetValue must be between 20 and 90 (percent utilization), not 95");
        assertThat(answer(provisioned, "DynasimPutScalingPolicy", "{\"TableName\":\"Music\"}").toString())
                .contains("give ReadCapacity, WriteCapacity or both");
        assertThat(answer(provisioned, "DynasimPutScalingPolicy", "{\"TableName\":\"Music\",\"WriteCapacity\":{}}").toString())
                .contains("WriteCapacity.MaxCapacity is required");
        assertThat(answer(provisioned, "DynasimPutScalingPolicy", "{\"TableName\":\"Nope\",\"WriteCapacity\":{\"MaxCapacity\":9}}")
                .toString()).contains("ResourceNotFoundException");
        assertThat(answer(provisioned, "DynasimDescribeScalingActivities", "{}").toString())
                .isEqualTo("{\"response\":{\"ScalingActivities\":[]}}");
    }

    @Test
    void scalingChanges_areTheServicesOwn_evenWhenTheRequestsThatPassTimeAreMadeByAPrincipalWithoutUpdateTable() {
        ApiHandler api = withTable("PROVISIONED").policyReader(dev.dynasim.json.IamPolicies::parse);
        answer(api, "DynasimPutPrincipal", "{\"Arn\":\"arn:aws:iam::123456789012:user/writer\",\"Policies\":[{\"PolicyArn\":\"p\","
                + "\"Document\":{\"Statement\":[{\"Effect\":\"Allow\",\"Action\":\"dynamodb:PutItem\",\"Resource\":\"*\"}]}}]}");
        answer(api, "DynasimPutScalingPolicy", "{\"TableName\":\"Music\",\"WriteCapacity\":{\"MaxCapacity\":100}}");
        for (int i = 0; i < 480; i++) {
            ObjectNode line = api.answer("PutItem", WireJson.parse("{\"TableName\":\"Music\",\"Item\":{\"pk\":{\"S\":\"k" + i
                    + "\"},\"pad\":{\"S\":\"" + PAD + "\"}}}"), "arn:aws:iam::123456789012:user/writer");
            assertThat(line.has("error")).as("put %d: %s", i, line).isFalse();
        }
        JsonNode activities = answer(api, "DynasimDescribeScalingActivities", "{}").get("response").get("ScalingActivities");
        assertThat(activities.get(1).get("Status").asText()).as(activities.toString()).isEqualTo("applied");
    }

    @Test
    void aScaleInBeyondTheDailyLimitOnDecreases_isRefused_andSaysWhy() {
        ApiHandler api = ApiHandler.ticking(60_000); // a minute between lines
        answer(api, "CreateTable", "{\"TableName\":\"Music\",\"AttributeDefinitions\":[{\"AttributeName\":\"pk\",\"AttributeType\":"
                + "\"S\"}],\"KeySchema\":[{\"AttributeName\":\"pk\",\"KeyType\":\"HASH\"}],\"BillingMode\":\"PROVISIONED\","
                + "\"ProvisionedThroughput\":{\"ReadCapacityUnits\":100,\"WriteCapacityUnits\":100}}");
        for (int wcu = 90; wcu >= 60; wcu -= 10) { // four decreases today (counted, though the api's own UpdateTable is not limited)
            ObjectNode line = answer(api, "UpdateTable", "{\"TableName\":\"Music\",\"ProvisionedThroughput\":{\"ReadCapacityUnits\":100,"
                    + "\"WriteCapacityUnits\":" + wcu + "}}");
            assertThat(line.has("error")).as(line.toString()).isFalse();
        }
        answer(api, "DynasimPutScalingPolicy", "{\"TableName\":\"Music\",\"WriteCapacity\":{\"MinCapacity\":5,\"MaxCapacity\":100}}");
        for (int i = 0; i < 25; i++) answer(api, "ListTables", "{}"); // 25 idle minutes: below the target for 15, then 5 to apply
        JsonNode activities = answer(api, "DynasimDescribeScalingActivities", "{}").get("response").get("ScalingActivities");
        assertThat(activities).hasSize(2);
        assertThat(activities.get(0).get("Status").asText()).isEqualTo("decided");
        assertThat(activities.get(0).get("ToCapacity").asLong()).isEqualTo(5);
        assertThat(activities.get(1).get("Status").asText()).isEqualTo("refused");
        assertThat(activities.get(1).get("Why").asText()).startsWith("the daily limit on decreases is reached (Subscriber limit exceeded:");
        assertThat(answer(api, "DescribeTable", "{\"TableName\":\"Music\"}").get("response").get("Table").get("ProvisionedThroughput")
                .get("WriteCapacityUnits").asLong()).isEqualTo(60);
    }

    @Test
    void aFrozenApi_refusesScalingPolicies_thatWouldNeverAct() {
        assertThat(ApiHandler.ticking(0).answer("DynasimPutScalingPolicy", WireJson.parse("{\"TableName\":\"Music\"}")).toString())
                .contains("auto scaling needs simulated time to pass between requests: run the api without --frozen");
    }
}
