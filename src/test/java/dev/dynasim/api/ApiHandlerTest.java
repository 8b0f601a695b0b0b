package dev.dynasim.api;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.dynasim.engine.table.Database;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ApiHandlerTest {
    private final ApiHandler handler = new ApiHandler(new Database());

    private String answer(String operation, String request) {
        return WireJson.write(handler.answer(operation, WireJson.parse(request)));
    }

    @Test
    void describeLimits_anyRequest_answersDefaultLimits() {
        assertThat(answer("DescribeLimits", "{}")).isEqualTo("{\"response\":{\"AccountMaxReadCapacityUnits\":80000,"
                + "\"AccountMaxWriteCapacityUnits\":80000,\"TableMaxReadCapacityUnits\":40000,\"TableMaxWriteCapacityUnits\":40000}}");
    }

    @Test
    void unknownOperation_describeEndpoints_isUnknownOperationException() {
        assertThat(answer("DescribeEndpoints", "{}")).isEqualTo("{\"error\":{\"__type\":"
                + "\"com.amazonaws.dynamodb.v20120810#UnknownOperationException\",\"message\":\"An unknown operation was requested.\"}}");
    }

    @Test
    void putItem_invalidReturnValues_isEnumConstraintViolation() {
        assertThat(answer("PutItem", "{\"TableName\":\"t\",\"Item\":{\"pk\":{\"S\":\"a\"}},\"ReturnValues\":\"SOME\"}"))
                .isEqualTo("{\"error\":{\"__type\":\"com.amazon.coral.validate#ValidationException\",\"message\":"
                        + "\"1 validation error detected: Value 'SOME' at 'returnValues' failed to satisfy constraint: "
                        + "Member must satisfy enum value set: [ALL_NEW, UPDATED_OLD, ALL_OLD, NONE, UPDATED_NEW]\"}}");
    }

    @Test
    void query_twoInvalidEnums_reportsBothViolations() {
        ObjectNode error = (ObjectNode) handler.answer("Query", WireJson.parse(
                "{\"TableName\":\"t\",\"Select\":\"ALL\",\"ReturnConsumedCapacity\":\"SOME\"}")).get("error");
        assertThat(error.get("message").textValue()).isEqualTo("2 validation errors detected: "
                + "Value 'ALL' at 'select' failed to satisfy constraint: Member must satisfy enum value set: "
                + "[SPECIFIC_ATTRIBUTES, COUNT, ALL_ATTRIBUTES, ALL_PROJECTED_ATTRIBUTES]; "
                + "Value 'SOME' at 'returnConsumedCapacity' failed to satisfy constraint: Member must satisfy enum value set: "
                + "[INDEXES, TOTAL, NONE]");
    }

    @Test
    void getItem_missingTableName_isNotNullViolation() {
        assertThat(answer("GetItem", "{\"Key\":{\"pk\":{\"S\":\"a\"}}}")).contains("\"message\":\"1 validation error detected: "
                + "Value null at 'tableName' failed to satisfy constraint: Member must not be null\"");
    }

    @Test
    void scan_segmentOutOfRange_isOracleMessage() {
        assertThat(answer("Scan", "{\"TableName\":\"err_hs\",\"TotalSegments\":2,\"Segment\":2}")).contains(
                "1 validation error detected: Value '2' at 'segment' failed to satisfy constraint: "
                        + "Member must have value less than or equal to 1");
    }

    @Test
    void scan_tooManyTotalSegments_isOracleMessage() {
        assertThat(answer("Scan", "{\"TableName\":\"err_hs\",\"TotalSegments\":1000001,\"Segment\":0}")).contains(
                "1 validation error detected: Value '1000001' at 'totalSegments' failed to satisfy constraint: "
                        + "Member must have value less than or equal to 1000000");
    }

    @Test
    void transactWriteItems_empty_isOracleMessage() {
        assertThat(answer("TransactWriteItems", "{\"TransactItems\":[]}")).contains("\"message\":\"Value [] at "
                + "'transactItems' failed to satisfy constraint: Member must have length greater than or equal to 1\"");
    }

    @Test
    void transactWriteItems_101Actions_isOracleMessage() {
        StringBuilder items = new StringBuilder();
        for (int i = 0; i < 101; i++) {
            if (i > 0) items.append(',');
            items.append("{\"Put\":{\"TableName\":\"t\",\"Item\":{\"pk\":{\"S\":\"").append(i).append("\"}}}}");
        }
        assertThat(answer("TransactWriteItems", "{\"TransactItems\":[" + items + "]}"))
                .contains("\"message\":\"Member must have length less than or equal to 100\"");
    }

    @Test
    void putItem_emptyAttributeValue_isValidationException() {
        assertThat(answer("PutItem", "{\"TableName\":\"t\",\"Item\":{\"pk\":{\"S\":\"e\"},\"a\":{}}}")).isEqualTo(
                "{\"error\":{\"__type\":\"com.amazon.coral.validate#ValidationException\",\"message\":"
                        + "\"Supplied AttributeValue is empty, must contain exactly one of the supported datatypes\"}}");
    }

    @Test
    void putItem_requestNotAnObject_isSerializationException() {
        assertThat(answer("PutItem", "[1]")).contains("\"__type\":\"com.amazon.coral.service#SerializationException\"");
    }

    @Test
    void putItem_tableNameNotAString_isSerializationException() {
        assertThat(answer("PutItem", "{\"TableName\":5,\"Item\":{}}"))
                .contains("\"__type\":\"com.amazon.coral.service#SerializationException\"")
                .contains("'tableName'");
    }

    @Test
    void executeStatement_outsideSubset_isValidationException() {
        assertThat(answer("ExecuteStatement", "{\"Statement\":\"DELETE FROM t WHERE pk = 'a'\"}")).isEqualTo(
                "{\"error\":{\"__type\":\"com.amazon.coral.validate#ValidationException\",\"message\":\""
                        + PartiQlSelect.UNSUPPORTED + "\"}}");
    }

    @Test
    void engineFailure_unexpectedException_becomesInternalServerError() {
        ApiHandler broken = new ApiHandler(null);
        ObjectNode internal = (ObjectNode) broken.answer("DescribeTable", WireJson.parse("{\"TableName\":\"abc\"}")).get("error");
        assertThat(internal.get("__type").textValue()).isEqualTo("com.amazonaws.dynamodb.v20120810#InternalServerError");
        assertThat(internal.get("message").textValue())
                .startsWith("Internal error in dynasim while running DescribeTable (a dynasim bug, please report it): ");
    }

    @Test
    void handle_xAmzTargetName_isAccepted() {
        assertThat(answer("DynamoDB_20120810.DescribeLimits", "{}")).startsWith("{\"response\":{\"AccountMaxReadCapacityUnits\":80000");
    }

    @Test
    void executeStatement_nextTokenNotAKeyMap_isInvalidNextToken() {
        handler.answer("CreateTable", WireJson.parse("{\"TableName\":\"tok\",\"AttributeDefinitions\":[{\"AttributeName\":"
                + "\"pk\",\"AttributeType\":\"S\"}],\"KeySchema\":[{\"AttributeName\":\"pk\",\"KeyType\":\"HASH\"}],"
                + "\"BillingMode\":\"PAY_PER_REQUEST\"}"));
        String invalid = "{\"error\":{\"__type\":\"com.amazon.coral.validate#ValidationException\",\"message\":"
                + "\"Given NextToken is not valid\"}}";
        for (String token : new String[] {"WzFd", "bnVsbA==", ""}) {
            assertThat(answer("ExecuteStatement", "{\"Statement\":\"SELECT * FROM tok WHERE pk = 'a'\",\"NextToken\":\""
                    + token + "\"}")).as("token %s", token).isEqualTo(invalid);
        }
    }

    @Test
    void scan_scanFilterKeyedByEmptyName_isClientErrorNotInternalError() {
        handler.answer("CreateTable", WireJson.parse("{\"TableName\":\"emp\",\"AttributeDefinitions\":[{\"AttributeName\":"
                + "\"pk\",\"AttributeType\":\"S\"}],\"KeySchema\":[{\"AttributeName\":\"pk\",\"KeyType\":\"HASH\"}],"
                + "\"BillingMode\":\"PAY_PER_REQUEST\"}"));
        assertThat(answer("Scan", "{\"TableName\":\"emp\",\"ScanFilter\":{\"\":\"\"}}")).isEqualTo("{\"error\":{\"__type\":"
                + "\"com.amazon.coral.service#SerializationException\",\"message\":\"Expected an object for 'scanFilter.', got string\"}}");
        assertThat(answer("Scan", "{\"TableName\":\"emp\",\"ScanFilter\":{\"\":{\"ComparisonOperator\":\"NULL\"}}}"))
                .isEqualTo("{\"error\":{\"__type\":\"com.amazon.coral.validate#ValidationException\",\"message\":"
                        + "\"Empty attribute name\"}}");
    }
}
