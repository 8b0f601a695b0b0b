package dev.dynasim.api;

import dev.dynasim.engine.model.AttributeValue;
import dev.dynasim.engine.model.CancellationReason;
import dev.dynasim.engine.model.DynamoDbException;
import dev.dynasim.engine.model.ErrorCode;
import dev.dynasim.engine.table.BatchGetItemResult;
import dev.dynasim.engine.table.BatchWriteItemResult;
import dev.dynasim.engine.table.Capacity;
import dev.dynasim.engine.table.ConsumedCapacity;
import dev.dynasim.engine.table.DeleteItemResult;
import dev.dynasim.engine.table.GetItemResult;
import dev.dynasim.engine.table.KeysAndAttributes;
import dev.dynasim.engine.table.PutItemResult;
import dev.dynasim.engine.table.QueryResult;
import dev.dynasim.engine.table.TransactGetItemsResult;
import dev.dynasim.engine.table.TransactWriteItemsResult;
import dev.dynasim.engine.table.WriteRequest;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class ResponseEncodersTest {
    private static final Map<String, AttributeValue> ITEM = Map.of("pk", AttributeValue.s("a"));

    private static ConsumedCapacity total(String table, double units) {
        return new ConsumedCapacity(table, units, null, null, null, null, null);
    }

    @Test
    void putItem_nothingAsked_isEmptyObject() {
        assertThat(WireJson.write(ItemResponses.put(new PutItemResult(null, null, null)))).isEqualTo("{}");
    }

    @Test
    void putItem_emptyAttributes_areOmitted() {
        assertThat(WireJson.write(ItemResponses.put(new PutItemResult(Map.of(), total("t", 1.0), null))))
                .isEqualTo("{\"ConsumedCapacity\":{\"TableName\":\"t\",\"CapacityUnits\":1.0}}");
    }

    @Test
    void deleteItem_oldImage_isAttributes() {
        assertThat(WireJson.write(ItemResponses.delete(new DeleteItemResult(ITEM, null, null))))
                .isEqualTo("{\"Attributes\":{\"pk\":{\"S\":\"a\"}}}");
    }

    @Test
    void getItem_missingItem_omitsItem() {
        assertThat(WireJson.write(ItemResponses.get(new GetItemResult(null, total("t", 0.5)))))
                .isEqualTo("{\"ConsumedCapacity\":{\"TableName\":\"t\",\"CapacityUnits\":0.5}}");
    }

    @Test
    void capacity_indexes_hasTableAndIndexSubObjects() {
        Map<String, Capacity> gsis = new LinkedHashMap<>();
        gsis.put("gsiAll", new Capacity(1.0, null, null));
        ConsumedCapacity c = new ConsumedCapacity("t", 3.0, null, null, new Capacity(2.0, null, null),
                Map.of("lsiAll", new Capacity(0.0, null, null)), gsis);
        assertThat(WireJson.write(ItemResponses.capacity(c))).isEqualTo("{\"TableName\":\"t\",\"CapacityUnits\":3.0,"
                + "\"Table\":{\"CapacityUnits\":2.0},\"LocalSecondaryIndexes\":{\"lsiAll\":{\"CapacityUnits\":0.0}},"
                + "\"GlobalSecondaryIndexes\":{\"gsiAll\":{\"CapacityUnits\":1.0}}}");
    }

    @Test
    void capacity_readAndWriteUnits_onlyWhereGiven() {
        ConsumedCapacity c = new ConsumedCapacity("t", 2.0, 2.0, null, null, Map.of(), Map.of());
        assertThat(WireJson.write(ItemResponses.capacity(c)))
                .isEqualTo("{\"TableName\":\"t\",\"CapacityUnits\":2.0,\"ReadCapacityUnits\":2.0}");
    }

    @Test
    void query_countOnly_omitsItems() {
        assertThat(WireJson.write(ItemResponses.query(new QueryResult(null, 3, 5, null, null))))
                .isEqualTo("{\"Count\":3,\"ScannedCount\":5}");
    }

    @Test
    void query_page_hasItemsAndLastEvaluatedKey() {
        assertThat(WireJson.write(ItemResponses.query(new QueryResult(List.of(ITEM), 1, 1, ITEM, null))))
                .isEqualTo("{\"Items\":[{\"pk\":{\"S\":\"a\"}}],\"Count\":1,\"ScannedCount\":1,"
                        + "\"LastEvaluatedKey\":{\"pk\":{\"S\":\"a\"}}}");
    }

    @Test
    void batchGet_emptyUnprocessed_isStillPresent() {
        BatchGetItemResult r = new BatchGetItemResult(Map.of("t", List.of(ITEM)), Map.of(), List.of(total("t", 1.0)));
        assertThat(WireJson.write(MultiItemResponses.batchGet(r))).isEqualTo("{\"Responses\":{\"t\":[{\"pk\":{\"S\":\"a\"}}]},"
                + "\"UnprocessedKeys\":{},\"ConsumedCapacity\":[{\"TableName\":\"t\",\"CapacityUnits\":1.0}]}");
    }

    @Test
    void batchGet_unprocessedKeys_keepReadOptions() {
        BatchGetItemResult r = new BatchGetItemResult(Map.of(),
                Map.of("t", new KeysAndAttributes(List.of(ITEM), true, "pk", null, null)), null);
        assertThat(WireJson.write(MultiItemResponses.batchGet(r))).isEqualTo("{\"Responses\":{},\"UnprocessedKeys\":{\"t\":"
                + "{\"Keys\":[{\"pk\":{\"S\":\"a\"}}],\"ConsistentRead\":true,\"ProjectionExpression\":\"pk\"}}}");
    }

    @Test
    void batchWrite_unprocessed_arePutAndDeleteRequests() {
        BatchWriteItemResult r = new BatchWriteItemResult(Map.of("t", List.of(new WriteRequest(ITEM, null),
                new WriteRequest(null, ITEM))), null, null);
        assertThat(WireJson.write(MultiItemResponses.batchWrite(r))).isEqualTo("{\"UnprocessedItems\":{\"t\":["
                + "{\"PutRequest\":{\"Item\":{\"pk\":{\"S\":\"a\"}}}},{\"DeleteRequest\":{\"Key\":{\"pk\":{\"S\":\"a\"}}}}]}}");
    }

    @Test
    void transactGet_missingItem_isEmptyResponse() {
        List<Map<String, AttributeValue>> responses = new ArrayList<>();
        responses.add(null);
        responses.add(ITEM);
        TransactGetItemsResult r = new TransactGetItemsResult(responses,
                List.of(new ConsumedCapacity("t", 4.0, 4.0, null, null, null, null)));
        assertThat(WireJson.write(MultiItemResponses.transactGet(r))).isEqualTo("{\"ConsumedCapacity\":[{\"TableName\":\"t\","
                + "\"CapacityUnits\":4.0,\"ReadCapacityUnits\":4.0}],\"Responses\":[{},{\"Item\":{\"pk\":{\"S\":\"a\"}}}]}");
    }

    @Test
    void transactWrite_nothingAsked_isEmptyObject() {
        assertThat(WireJson.write(MultiItemResponses.transactWrite(new TransactWriteItemsResult(null, Map.of()))))
                .isEqualTo("{}");
    }

    @Test
    void error_conditionalCheckFailedWithItem_carriesItem() {
        DynamoDbException e = new DynamoDbException(ErrorCode.ConditionalCheckFailedException,
                "The conditional request failed", ITEM, null);
        assertThat(WireJson.write(WireErrors.body(e))).isEqualTo("{\"__type\":\"com.amazonaws.dynamodb.v20120810#"
                + "ConditionalCheckFailedException\",\"message\":\"The conditional request failed\",\"Item\":{\"pk\":{\"S\":\"a\"}}}");
    }

    @Test
    void error_transactionCanceled_carriesReasonsInOracleShape() {
        DynamoDbException e = new DynamoDbException(ErrorCode.TransactionCanceledException,
                "Transaction cancelled, please refer cancellation reasons for specific reasons [None, ConditionalCheckFailed]",
                null, List.of(CancellationReason.none(),
                        new CancellationReason("ConditionalCheckFailed", "The conditional request failed.", ITEM)));
        assertThat(WireJson.write(WireErrors.body(e))).isEqualTo("{\"__type\":\"com.amazonaws.dynamodb.v20120810#"
                + "TransactionCanceledException\",\"message\":\"Transaction cancelled, please refer cancellation reasons "
                + "for specific reasons [None, ConditionalCheckFailed]\",\"CancellationReasons\":[{\"Code\":\"None\"},"
                + "{\"Item\":{\"pk\":{\"S\":\"a\"}},\"Code\":\"ConditionalCheckFailed\",\"Message\":\"The conditional request failed.\"}]}");
    }

    @Test
    void wireType_namespaces_matchTheService() {
        assertThat(WireErrors.wireType(ErrorCode.ValidationException)).isEqualTo("com.amazon.coral.validate#ValidationException");
        assertThat(WireErrors.wireType(ErrorCode.SerializationException)).isEqualTo("com.amazon.coral.service#SerializationException");
        assertThat(WireErrors.wireType(ErrorCode.ResourceNotFoundException))
                .isEqualTo("com.amazonaws.dynamodb.v20120810#ResourceNotFoundException");
    }

    @Test
    void httpStatus_internalServerError_is500AndOthers400() {
        assertThat(WireErrors.httpStatus(ErrorCode.InternalServerError)).isEqualTo(500);
        assertThat(WireErrors.httpStatus(ErrorCode.ConditionalCheckFailedException)).isEqualTo(400);
    }
}
