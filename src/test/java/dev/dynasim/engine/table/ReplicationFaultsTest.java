package dev.dynasim.engine.table;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.dynasim.engine.model.AttributeValue;
import dev.dynasim.engine.model.DynamoDbException;
import dev.dynasim.engine.model.ErrorCode;
import dev.dynasim.engine.model.ProvisionedThroughput;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Faults meet the data plane: a partition without a quorum answers InternalServerError before anything else. */
class ReplicationFaultsTest {
    private final Database db = new Database();

    /** One partition (ceil(10/3000 + 10/1000) = 1), led from use1-az1. */
    ReplicationFaultsTest() {
        db.createTable(new CreateTableRequest("KvTable", List.of(new AttributeDefinition("k", "S")),
                List.of(new KeySchemaElement("k", "HASH")), "PROVISIONED", new ProvisionedThroughput(10L, 10L), null, null, null));
        db.putItem(put("a"));
    }

    private static PutItemRequest put(String key) {
        return new PutItemRequest("KvTable", Map.of("k", AttributeValue.s(key)), null, null, null, null, ReturnConsumedCapacity.NONE,
                false, null, null, null);
    }

    @Test
    void conditionalPutWithoutQuorum_isInternalServerError_notConditionalCheckFailed() {
        db.takeZoneDown("use1-az1");
        db.takeZoneDown("use1-az2");
        PutItemRequest conditional = new PutItemRequest("KvTable", Map.of("k", AttributeValue.s("a")), "attribute_not_exists(k)", null,
                null, null, ReturnConsumedCapacity.NONE, false, null, null, null);
        assertThatThrownBy(() -> db.putItem(conditional)).isInstanceOf(DynamoDbException.class)
                .extracting(e -> ((DynamoDbException) e).code()).isEqualTo(ErrorCode.InternalServerError);
        assertThat(db.usage("KvTable").writeUnits()).isEqualTo(1.0);
    }

    @Test
    void conditionCheckOnlyTransactionWithoutQuorum_fails() {
        db.takeZoneDown("use1-az1");
        db.takeZoneDown("use1-az2");
        TransactWriteItem check = new TransactWriteItem(TransactAction.CONDITION_CHECK, "KvTable", null, Map.of("k", AttributeValue.s("a")),
                null, "attribute_exists(k)", null, null, null);
        assertThatThrownBy(() -> db.transactWriteItems(new TransactWriteItemsRequest(List.of(check), ReturnConsumedCapacity.NONE,
                false, null))).isInstanceOf(DynamoDbException.class)
                .extracting(e -> ((DynamoDbException) e).code()).isEqualTo(ErrorCode.InternalServerError);
    }

    @Test
    void tableCreatedWhileAZoneIsDown_writesAtOnce() {
        db.takeZoneDown("use1-az1");
        db.createTable(new CreateTableRequest("Late", List.of(new AttributeDefinition("k", "S")),
                List.of(new KeySchemaElement("k", "HASH")), "PROVISIONED", new ProvisionedThroughput(10L, 10L), null, null, null));
        db.putItem(new PutItemRequest("Late", Map.of("k", AttributeValue.s("x")), null, null, null, null, ReturnConsumedCapacity.NONE,
                false, null, null, null));
        assertThat(db.replicas("Late", null, 0)).extracting(r -> r.leader()).containsExactly(false, true, false);
    }

    @Test
    void negativePartitionOrUnknownZone_areValidationErrors() {
        assertThatThrownBy(() -> db.replicas("KvTable", null, -1)).isInstanceOf(DynamoDbException.class)
                .hasMessage("No partition -1 in table KvTable; live partitions: 0");
        assertThatThrownBy(() -> db.slowReplica("KvTable", null, 0, "use1-az1", Long.MAX_VALUE)).isInstanceOf(DynamoDbException.class)
                .hasMessageStartingWith("The extra lag must be between 0 and 86400000 ms");
    }
}
