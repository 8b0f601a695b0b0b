package dev.dynasim.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

/** DescribeTable over the api reports each GSI's own NumberOfDecreasesToday (P12: the quota is per index). */
class GsiDecreaseCountTest {
    @Test
    void aGsiDecrease_isCountedOnThatIndex() {
        ApiHandler api = ApiHandler.ticking(1_000);
        api.answer("CreateTable", WireJson.parse("{\"TableName\":\"Music\",\"AttributeDefinitions\":[{\"AttributeName\":\"pk\","
                + "\"AttributeType\":\"S\"},{\"AttributeName\":\"g\",\"AttributeType\":\"S\"}],\"KeySchema\":[{\"AttributeName\":\"pk\","
                + "\"KeyType\":\"HASH\"}],\"BillingMode\":\"PROVISIONED\",\"ProvisionedThroughput\":{\"ReadCapacityUnits\":10,"
                + "\"WriteCapacityUnits\":10},\"GlobalSecondaryIndexes\":[{\"IndexName\":\"ByG\",\"KeySchema\":[{\"AttributeName\":\"g\","
                + "\"KeyType\":\"HASH\"}],\"Projection\":{\"ProjectionType\":\"ALL\"},\"ProvisionedThroughput\":{\"ReadCapacityUnits\":10,"
                + "\"WriteCapacityUnits\":10}}]}"));
        JsonNode update = api.answer("UpdateTable", WireJson.parse("{\"TableName\":\"Music\",\"GlobalSecondaryIndexUpdates\":[{\"Update\":"
                + "{\"IndexName\":\"ByG\",\"ProvisionedThroughput\":{\"ReadCapacityUnits\":5,\"WriteCapacityUnits\":10}}}]}"));
        assertThat(update.has("error")).as(update.toString()).isFalse();
        JsonNode table = api.answer("DescribeTable", WireJson.parse("{\"TableName\":\"Music\"}")).get("response").get("Table");
        assertThat(table.get("GlobalSecondaryIndexes").get(0).get("ProvisionedThroughput").get("NumberOfDecreasesToday").asInt()).isEqualTo(1);
        assertThat(table.get("ProvisionedThroughput").get("NumberOfDecreasesToday").asInt()).isZero();
    }
}
