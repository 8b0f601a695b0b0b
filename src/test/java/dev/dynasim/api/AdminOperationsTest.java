package dev.dynasim.api;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The JSON API's admin side: faults and replica views, on a database whose clock moves one tick per request. */
class AdminOperationsTest {
    private final ApiHandler handler = ApiHandler.ticking(ApiHandler.DEFAULT_SPACING_MILLIS);

    private String answer(String operation, String request) {
        return WireJson.write(handler.answer(operation, WireJson.parse(request)));
    }

    @Test
    void leaderZoneDown_writesFailWithServerErrorForTheLease_thenSucceed() {
        answer("CreateTable", "{\"TableName\":\"Music\",\"AttributeDefinitions\":[{\"AttributeName\":\"pk\",\"AttributeType\":\"S\"}],"
                + "\"KeySchema\":[{\"AttributeName\":\"pk\",\"KeyType\":\"HASH\"}],\"BillingMode\":\"PAY_PER_REQUEST\"}");
        assertThat(answer("PutItem", "{\"TableName\":\"Music\",\"Item\":{\"pk\":{\"S\":\"key-0\"}}}")).isEqualTo("{\"response\":{}}");
        // the api hashes as DynamoDB Local: key-0 (c6f13b35...) is in partition 6 of 8, whose leader is in use1-az1;
        // a second later every follower has applied the write
        assertThat(answer("DynasimDescribeReplicas", "{\"TableName\":\"Music\",\"Partition\":6}")).isEqualTo("{\"response\":{\"Replicas\":["
                + "{\"ZoneId\":\"use1-az1\",\"Kind\":\"STORAGE\",\"Up\":true,\"Leader\":true,\"AppliedLsn\":1,\"BehindEntries\":0,\"LagMillis\":0,\"ExtraLagMillis\":0},"
                + "{\"ZoneId\":\"use1-az2\",\"Kind\":\"STORAGE\",\"Up\":true,\"Leader\":false,\"AppliedLsn\":1,\"BehindEntries\":0,\"LagMillis\":0,\"ExtraLagMillis\":0},"
                + "{\"ZoneId\":\"use1-az3\",\"Kind\":\"STORAGE\",\"Up\":true,\"Leader\":false,\"AppliedLsn\":1,\"BehindEntries\":0,\"LagMillis\":0,\"ExtraLagMillis\":0}]}}");
        assertThat(answer("DynasimTakeZoneDown", "{\"Zone\":\"use1-az1\"}")).isEqualTo("{\"response\":{}}");
        // one second later: the new leader is still waiting out the 2 s lease
        assertThat(answer("PutItem", "{\"TableName\":\"Music\",\"Item\":{\"pk\":{\"S\":\"key-0\"}}}")).startsWith(
                "{\"error\":{\"__type\":\"com.amazonaws.dynamodb.v20120810#InternalServerError\",\"message\":\"Internal server error:"
                        + " partition 6 of table Music cannot serve writes now: a new leader is waiting for the old leader's lease to expire");
        assertThat(WireErrors.httpStatus(dev.dynasim.engine.model.ErrorCode.InternalServerError)).isEqualTo(500);
        assertThat(answer("PutItem", "{\"TableName\":\"Music\",\"Item\":{\"pk\":{\"S\":\"key-0\"}}}")).isEqualTo("{\"response\":{}}");
        assertThat(answer("DynasimDescribeZones", "{}")).isEqualTo("{\"response\":{\"Region\":\"us-east-1\",\"Zones\":["
                + "{\"ZoneId\":\"use1-az1\",\"State\":\"down\"},{\"ZoneId\":\"use1-az2\",\"State\":\"up\"},{\"ZoneId\":\"use1-az3\",\"State\":\"up\"}]}}");
    }

    @Test
    void badAdminRequests_areValidationErrors() {
        assertThat(answer("DynasimTakeZoneDown", "{\"Zone\":\"use1-az9\"}")).isEqualTo("{\"error\":{\"__type\":"
                + "\"com.amazon.coral.validate#ValidationException\",\"message\":"
                + "\"no Availability Zone use1-az9 in us-east-1; zones: use1-az1, use1-az2, use1-az3\"}}");
        assertThat(answer("DynasimTakeZoneDown", "{}")).contains("Zone is required");
        assertThat(answer("DynasimSlowReplica", "{\"TableName\":\"Nope\",\"Partition\":0,\"Zone\":\"use1-az1\"}"))
                .contains("ExtraLagMillis is required");
        assertThat(answer("DynasimExplode", "{}")).contains("UnknownOperationException");
    }

    @Test
    void whatIf_shardsWithoutAnInstanceType_isAValidationException() {
        ApiHandler api = ApiHandler.ticking(1_000);
        assertThat(api.answer("DynasimWhatIf", WireJson.parse("{\"Scenario\":\"daily-peak\",\"Shards\":2}")).toString())
                .isEqualTo("{\"error\":{\"__type\":\"com.amazon.coral.validate#ValidationException\",\"message\":\"Shards needs "
                        + "InstanceType: the cluster is sized for the peak unless both are given\"}}");
    }
}
