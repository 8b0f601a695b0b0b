package dev.dynasim.api;

import dev.dynasim.engine.model.AttributeValue;
import dev.dynasim.engine.model.ProvisionedThroughput;
import dev.dynasim.engine.table.AttributeDefinition;
import dev.dynasim.engine.table.BatchGetItemRequest;
import dev.dynasim.engine.table.BatchWriteItemRequest;
import dev.dynasim.engine.table.CreateTableRequest;
import dev.dynasim.engine.table.ExpectedAttribute;
import dev.dynasim.engine.table.IndexDefinition;
import dev.dynasim.engine.table.KeySchemaElement;
import dev.dynasim.engine.table.PutItemRequest;
import dev.dynasim.engine.table.QueryRequest;
import dev.dynasim.engine.table.ReturnConsumedCapacity;
import dev.dynasim.engine.table.ReturnValue;
import dev.dynasim.engine.table.ScanRequest;
import dev.dynasim.engine.table.Select;
import dev.dynasim.engine.table.TransactAction;
import dev.dynasim.engine.table.TransactWriteItem;
import dev.dynasim.engine.table.TransactWriteItemsRequest;
import dev.dynasim.engine.table.UpdateItemRequest;
import dev.dynasim.engine.table.UpdateTableRequest;
import dev.dynasim.engine.table.WriteRequest;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class RequestDecodersTest {
    private static WireRequest wire(String json) {
        return WireRequest.of(WireJson.parse(json));
    }

    @Test
    void putItem_everyField_isDecoded() {
        PutItemRequest r = ItemRequests.put(wire("{\"TableName\":\"t\",\"Item\":{\"pk\":{\"S\":\"a\"}},"
                + "\"ConditionExpression\":\"attribute_not_exists(#p)\",\"ExpressionAttributeNames\":{\"#p\":\"pk\"},"
                + "\"ExpressionAttributeValues\":{\":v\":{\"N\":\"1\"}},\"ReturnValues\":\"ALL_OLD\","
                + "\"ReturnConsumedCapacity\":\"INDEXES\",\"ReturnItemCollectionMetrics\":\"SIZE\","
                + "\"ReturnValuesOnConditionCheckFailure\":\"ALL_OLD\",\"Expected\":{\"a\":{\"Exists\":false}},"
                + "\"ConditionalOperator\":\"AND\"}"));
        assertThat(r).isEqualTo(new PutItemRequest("t", Map.of("pk", AttributeValue.s("a")), "attribute_not_exists(#p)",
                Map.of("#p", "pk"), Map.of(":v", AttributeValue.n(1)), ReturnValue.ALL_OLD, ReturnConsumedCapacity.INDEXES,
                true, ReturnValue.ALL_OLD, Map.of("a", new ExpectedAttribute(null, false, null, null)), "AND"));
    }

    @Test
    void putItem_minimal_leavesOptionalFieldsNull() {
        PutItemRequest r = ItemRequests.put(wire("{\"TableName\":\"t\",\"Item\":{\"pk\":{\"S\":\"a\"}}}"));
        assertThat(r).isEqualTo(new PutItemRequest("t", Map.of("pk", AttributeValue.s("a")), null, null, null, null,
                null, false, null, null, null));
    }

    @Test
    void updateItem_legacyAttributeUpdates_areDecoded() {
        UpdateItemRequest r = ItemRequests.update(wire("{\"TableName\":\"t\",\"Key\":{\"pk\":{\"S\":\"a\"}},"
                + "\"AttributeUpdates\":{\"n\":{\"Action\":\"ADD\",\"Value\":{\"N\":\"2\"}},\"gone\":{\"Action\":\"DELETE\"}}}"));
        assertThat(r.attributeUpdates().get("n").action()).isEqualTo("ADD");
        assertThat(r.attributeUpdates().get("n").value()).isEqualTo(AttributeValue.n(2));
        assertThat(r.attributeUpdates().get("gone").value()).isNull();
    }

    @Test
    void query_fields_areDecoded() {
        QueryRequest r = ReadRequests.query(wire("{\"TableName\":\"t\",\"IndexName\":\"g\",\"KeyConditionExpression\":\"pk = :p\","
                + "\"ExpressionAttributeValues\":{\":p\":{\"S\":\"x\"}},\"Select\":\"COUNT\",\"Limit\":3,"
                + "\"ScanIndexForward\":false,\"ExclusiveStartKey\":{\"pk\":{\"S\":\"x\"}},\"ConsistentRead\":true}"));
        assertThat(r.indexName()).isEqualTo("g");
        assertThat(r.select()).isEqualTo(Select.COUNT);
        assertThat(r.limit()).isEqualTo(3);
        assertThat(r.scanIndexForward()).isFalse();
        assertThat(r.consistentRead()).isTrue();
        assertThat(r.exclusiveStartKey()).isEqualTo(Map.of("pk", AttributeValue.s("x")));
    }

    @Test
    void query_legacyKeyConditions_areDecoded() {
        QueryRequest r = ReadRequests.query(wire("{\"TableName\":\"t\",\"KeyConditions\":{\"pk\":"
                + "{\"ComparisonOperator\":\"EQ\",\"AttributeValueList\":[{\"S\":\"x\"}]}}}"));
        assertThat(r.keyConditions()).isEqualTo(Map.of("pk",
                new ExpectedAttribute(null, null, "EQ", List.of(AttributeValue.s("x")))));
    }

    @Test
    void scan_segments_areDecoded() {
        ScanRequest r = ReadRequests.scan(wire("{\"TableName\":\"t\",\"Segment\":1,\"TotalSegments\":4}"));
        assertThat(r.segment()).isEqualTo(1);
        assertThat(r.totalSegments()).isEqualTo(4);
    }

    @Test
    void scan_negativeSegment_isViolation() {
        assertThatThrownBy(() -> ReadRequests.scan(wire("{\"TableName\":\"t\",\"Segment\":-1,\"TotalSegments\":4}")))
                .hasMessage("1 validation error detected: Value '-1' at 'segment' failed to satisfy constraint: "
                        + "Member must have value greater than or equal to 0");
    }

    @Test
    void batchGetItem_tables_keepOrderAndOptions() {
        BatchGetItemRequest r = MultiItemRequests.batchGet(wire("{\"RequestItems\":{\"b\":{\"Keys\":[{\"pk\":{\"S\":\"1\"}}],"
                + "\"ConsistentRead\":true,\"ProjectionExpression\":\"pk\"},\"a\":{\"Keys\":[]}},\"ReturnConsumedCapacity\":\"TOTAL\"}"));
        assertThat(r.requestItems().keySet()).containsExactly("b", "a");
        assertThat(r.requestItems().get("b").consistentRead()).isTrue();
        assertThat(r.requestItems().get("b").projectionExpression()).isEqualTo("pk");
        assertThat(r.requestItems().get("a").keys()).isEmpty();
        assertThat(r.returnConsumedCapacity()).isEqualTo(ReturnConsumedCapacity.TOTAL);
    }

    @Test
    void batchWriteItem_putsAndDeletes_areDecoded() {
        BatchWriteItemRequest r = MultiItemRequests.batchWrite(wire("{\"RequestItems\":{\"t\":["
                + "{\"PutRequest\":{\"Item\":{\"pk\":{\"S\":\"1\"}}}},{\"DeleteRequest\":{\"Key\":{\"pk\":{\"S\":\"2\"}}}}],"
                + "\"e\":[]}}"));
        assertThat(r.requestItems().get("t")).containsExactly(new WriteRequest(Map.of("pk", AttributeValue.s("1")), null),
                new WriteRequest(null, Map.of("pk", AttributeValue.s("2"))));
        assertThat(r.requestItems().get("e")).isEmpty();
    }

    @Test
    void transactWriteItems_everyAction_isDecoded() {
        TransactWriteItemsRequest r = MultiItemRequests.transactWrite(wire("{\"TransactItems\":["
                + "{\"Put\":{\"TableName\":\"t\",\"Item\":{\"pk\":{\"S\":\"1\"}}}},"
                + "{\"Update\":{\"TableName\":\"t\",\"Key\":{\"pk\":{\"S\":\"2\"}},\"UpdateExpression\":\"SET a = :v\","
                + "\"ExpressionAttributeValues\":{\":v\":{\"N\":\"1\"}}}},"
                + "{\"Delete\":{\"TableName\":\"t\",\"Key\":{\"pk\":{\"S\":\"3\"}}}},"
                + "{\"ConditionCheck\":{\"TableName\":\"t\",\"Key\":{\"pk\":{\"S\":\"4\"}},\"ConditionExpression\":\"n = :v\","
                + "\"ExpressionAttributeValues\":{\":v\":{\"N\":\"9\"}},\"ReturnValuesOnConditionCheckFailure\":\"ALL_OLD\"}}],"
                + "\"ClientRequestToken\":\"tok\",\"ReturnConsumedCapacity\":\"TOTAL\"}"));
        assertThat(r.transactItems()).extracting(TransactWriteItem::action).containsExactly(TransactAction.PUT,
                TransactAction.UPDATE, TransactAction.DELETE, TransactAction.CONDITION_CHECK);
        assertThat(r.transactItems().get(1).updateExpression()).isEqualTo("SET a = :v");
        assertThat(r.transactItems().get(3).returnValuesOnConditionCheckFailure()).isEqualTo(ReturnValue.ALL_OLD);
        assertThat(r.clientRequestToken()).isEqualTo("tok");
    }

    @Test
    void transactWriteItems_invalidReturnValuesOnFailure_namesMemberPath() {
        assertThatThrownBy(() -> MultiItemRequests.transactWrite(wire("{\"TransactItems\":[{\"Put\":{\"TableName\":\"t\","
                + "\"Item\":{\"pk\":{\"S\":\"1\"}},\"ReturnValuesOnConditionCheckFailure\":\"ALL_NEW\"}}]}")))
                .hasMessage("1 validation error detected: Value 'ALL_NEW' at "
                        + "'transactItems.1.member.put.returnValuesOnConditionCheckFailure' failed to satisfy constraint: "
                        + "Member must satisfy enum value set: [ALL_OLD, NONE]");
    }

    @Test
    void createTable_everyField_isDecoded() {
        CreateTableRequest r = TableRequests.create(wire("{\"TableName\":\"t\",\"AttributeDefinitions\":["
                + "{\"AttributeName\":\"pk\",\"AttributeType\":\"S\"},{\"AttributeName\":\"g\",\"AttributeType\":\"N\"}],"
                + "\"KeySchema\":[{\"AttributeName\":\"pk\",\"KeyType\":\"HASH\"}],\"BillingMode\":\"PROVISIONED\","
                + "\"ProvisionedThroughput\":{\"ReadCapacityUnits\":5,\"WriteCapacityUnits\":2},"
                + "\"GlobalSecondaryIndexes\":[{\"IndexName\":\"gi\",\"KeySchema\":[{\"AttributeName\":\"g\",\"KeyType\":\"HASH\"}],"
                + "\"Projection\":{\"ProjectionType\":\"INCLUDE\",\"NonKeyAttributes\":[\"x\"]},"
                + "\"ProvisionedThroughput\":{\"ReadCapacityUnits\":1,\"WriteCapacityUnits\":1}}],"
                + "\"DeletionProtectionEnabled\":true}"));
        assertThat(r).isEqualTo(new CreateTableRequest("t",
                List.of(new AttributeDefinition("pk", "S"), new AttributeDefinition("g", "N")),
                List.of(new KeySchemaElement("pk", "HASH")), "PROVISIONED", new ProvisionedThroughput(5, 2),
                List.of(new IndexDefinition("gi", List.of(new KeySchemaElement("g", "HASH")), "INCLUDE", List.of("x"),
                        new ProvisionedThroughput(1, 1))), null, true));
    }

    @Test
    void createTable_invalidBillingMode_isEnumViolation() {
        assertThatThrownBy(() -> TableRequests.create(wire("{\"TableName\":\"t\",\"AttributeDefinitions\":[],"
                + "\"KeySchema\":[],\"BillingMode\":\"ON_DEMAND\"}")))
                .hasMessage("1 validation error detected: Value 'ON_DEMAND' at 'billingMode' failed to satisfy constraint: "
                        + "Member must satisfy enum value set: [PROVISIONED, PAY_PER_REQUEST]");
    }

    @Test
    void createTable_zeroThroughput_isMinimumViolation() {
        assertThatThrownBy(() -> TableRequests.create(wire("{\"TableName\":\"t\",\"AttributeDefinitions\":[],"
                + "\"KeySchema\":[],\"ProvisionedThroughput\":{\"ReadCapacityUnits\":0,\"WriteCapacityUnits\":1}}")))
                .hasMessage("1 validation error detected: Value '0' at 'provisionedThroughput.readCapacityUnits' "
                        + "failed to satisfy constraint: Member must have value greater than or equal to 1");
    }

    @Test
    void updateTable_gsiUpdates_areDecoded() {
        UpdateTableRequest r = TableRequests.update(wire("{\"TableName\":\"t\",\"BillingMode\":\"PAY_PER_REQUEST\","
                + "\"GlobalSecondaryIndexUpdates\":[{\"Delete\":{\"IndexName\":\"old\"}},"
                + "{\"Update\":{\"IndexName\":\"u\",\"ProvisionedThroughput\":{\"ReadCapacityUnits\":3,\"WriteCapacityUnits\":4}}},"
                + "{\"Create\":{\"IndexName\":\"n\",\"KeySchema\":[{\"AttributeName\":\"g\",\"KeyType\":\"HASH\"}],"
                + "\"Projection\":{\"ProjectionType\":\"ALL\"}}}]}"));
        assertThat(r.deleteGlobalSecondaryIndexes()).containsExactly("old");
        assertThat(r.updateGlobalSecondaryIndexes()).isEqualTo(Map.of("u", new ProvisionedThroughput(3, 4)));
        assertThat(r.createGlobalSecondaryIndexes()).extracting(IndexDefinition::indexName).containsExactly("n");
        assertThat(r.billingMode()).isEqualTo("PAY_PER_REQUEST");
        assertThat(r.attributeDefinitions()).isNull();
    }

    @Test
    void listTables_limitOverHundred_isViolation() {
        assertThatThrownBy(() -> TableRequests.listLimit(wire("{\"Limit\":101}")))
                .hasMessage("1 validation error detected: Value '101' at 'limit' failed to satisfy constraint: "
                        + "Member must have value less than or equal to 100");
    }
}
