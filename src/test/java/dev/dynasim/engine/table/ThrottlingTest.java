package dev.dynasim.engine.table;

import static dev.dynasim.engine.table.Fixtures.item;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.dynasim.engine.capacity.OnDemandHotPartitionError;
import dev.dynasim.engine.model.AttributeValue;
import dev.dynasim.engine.model.CancellationReason;
import dev.dynasim.engine.model.DynamoDbException;
import dev.dynasim.engine.model.ErrorCode;
import dev.dynasim.engine.model.ProvisionedThroughput;
import dev.dynasim.engine.model.ThrottlingCause;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Requests meet partition capacity: hot keys, provisioned rates, GSI back-pressure, batches and transactions. */
class ThrottlingTest {
    private final long[] now = {0};
    private final Database db = new Database(() -> now[0], Account.LOCAL);

    private void create(String mode, ProvisionedThroughput throughput, List<IndexDefinition> gsis, AttributeDefinition... extra) {
        List<AttributeDefinition> defs = new ArrayList<>(List.of(new AttributeDefinition("pk", "S"), new AttributeDefinition("sk", "N")));
        defs.addAll(List.of(extra));
        db.createTable(new CreateTableRequest("tbl", defs, List.of(new KeySchemaElement("pk", "HASH"),
                new KeySchemaElement("sk", "RANGE")), mode, throughput, gsis, null, null));
    }

    private PutItemRequest put(Map<String, AttributeValue> item) {
        return new PutItemRequest("tbl", item, null, null, null, null, ReturnConsumedCapacity.NONE, false, null, null, null);
    }

    private int putsAdmitted(int attempts, String pk, long bytes) {
        int admitted = 0;
        for (int i = 0; i < attempts; i++) {
            try {
                db.putItem(put(item(pk, i, bytes)));
                admitted++;
            } catch (DynamoDbException e) {
                if (e.throttlingReasons() == null) throw e;
            }
        }
        return admitted;
    }

    @Test
    void hotKey_onDemand_capsAt1000OneKbWritesPerSecond() {
        // example 33: one partition key value takes at most 1,000 writes/s of 1 KB, however large the table
        create("PAY_PER_REQUEST", null, null);
        assertThat(putsAdmitted(1_200, "hot", 1_000)).isEqualTo(1_000);
        assertThatThrownBy(() -> db.putItem(put(item("hot", 5_000, 1_000)))).isInstanceOfSatisfying(DynamoDbException.class, e -> {
            assertThat(e.code()).isEqualTo(ErrorCode.ProvisionedThroughputExceededException);
            assertThat(e.throttlingReasons()).containsExactly(new ThrottlingCause("TableWriteKeyRangeThroughputExceeded",
                    "arn:aws:dynamodb:ddblocal:000000000000:table/tbl"));
        });
        now[0] += 1_000;
        assertThat(putsAdmitted(1, "hot", 1_000)).isEqualTo(1);
        assertThat(db.usage("tbl").throttledRequests()).isEqualTo(201);
    }

    @Test
    void hotKey_onDemand_withTheThrottlingExceptionSetting_answersThrottlingException() {
        // F3.30 vs facts 7.1: the sources disagree, so the exception is a database setting (default PTEE)
        create("PAY_PER_REQUEST", null, null);
        assertThat(putsAdmitted(1_000, "hot", 1_000)).isEqualTo(1_000);
        db.onDemandHotPartitionError(OnDemandHotPartitionError.THROTTLING);
        assertThatThrownBy(() -> db.putItem(put(item("hot", 5_000, 1_000)))).isInstanceOfSatisfying(DynamoDbException.class, e -> {
            assertThat(e.code()).isEqualTo(ErrorCode.ThrottlingException);
            assertThat(e.getMessage()).isEqualTo("Rate of requests exceeds the allowed throughput.");
            assertThat(e.throttlingReasons()).extracting(ThrottlingCause::reason)
                    .containsExactly("TableWriteKeyRangeThroughputExceeded");
        });
        db.onDemandHotPartitionError(OnDemandHotPartitionError.DEFAULT);
        assertThatThrownBy(() -> db.putItem(put(item("hot", 5_001, 1_000)))).isInstanceOfSatisfying(DynamoDbException.class,
                e -> assertThat(e.code()).isEqualTo(ErrorCode.ProvisionedThroughputExceededException));
        assertThat(db.describeTable("tbl").itemCount()).isEqualTo(1_000);
    }

    @Test
    void provisioned_5Wcu_servesFiveOneKbWritesPerSecondThenThrottles() {
        create("PROVISIONED", new ProvisionedThroughput(5, 5), null);
        assertThat(putsAdmitted(10, "a", 1_000)).isEqualTo(5);
        now[0] += 1_000;
        assertThat(putsAdmitted(10, "b", 1_000)).isEqualTo(5);
        assertThatThrownBy(() -> db.putItem(put(item("c", 1, 1_000)))).isInstanceOfSatisfying(DynamoDbException.class, e -> {
            assertThat(e.getMessage()).startsWith("You exceeded your maximum allowed provisioned throughput");
            assertThat(e.throttlingReasons().get(0).reason()).isEqualTo("TableWriteProvisionedThroughputExceeded");
        });
        assertThat(db.describeTable("tbl").itemCount()).isEqualTo(10);
    }

    @Test
    void starvedGsi_throttlesTheTableWrite_andNothingIsStored() {
        // F2.15
        create("PROVISIONED", new ProvisionedThroughput(100, 100), List.of(new IndexDefinition("byG",
                List.of(new KeySchemaElement("g", "HASH")), "ALL", null, new ProvisionedThroughput(1, 1))),
                new AttributeDefinition("g", "S"));
        db.putItem(put(item("a", 1, 1_000, "g", AttributeValue.s("G"))));
        assertThatThrownBy(() -> db.putItem(put(item("a", 2, 1_000, "g", AttributeValue.s("G")))))
                .isInstanceOfSatisfying(DynamoDbException.class, e -> assertThat(e.throttlingReasons()).containsExactly(
                        new ThrottlingCause("IndexWriteProvisionedThroughputExceeded",
                                "arn:aws:dynamodb:ddblocal:000000000000:table/tbl/index/byG")));
        assertThat(db.describeTable("tbl").itemCount()).isEqualTo(1);
        assertThat(putsAdmitted(1, "no-gsi-key", 1_000)).isEqualTo(1);
    }

    @Test
    void batchWrite_overThePartitionLimit_returnsTheRestAsUnprocessedItems() {
        create("PAY_PER_REQUEST", null, null);
        List<WriteRequest> writes = new ArrayList<>();
        for (int i = 0; i < 25; i++) writes.add(new WriteRequest(item("big", i, 100_000), null));
        var r = db.batchWriteItem(new BatchWriteItemRequest(Map.of("tbl", writes), ReturnConsumedCapacity.TOTAL, false));
        assertThat(r.unprocessedItems().get("tbl")).hasSize(15);
        assertThat(r.consumedCapacity().get(0).capacityUnits()).isEqualTo(980.0);
        assertThat(db.describeTable("tbl").itemCount()).isEqualTo(10);
    }

    @Test
    void throttledTransaction_isCancelledWithThrottlingErrors_andWritesNothing() {
        create("PROVISIONED", new ProvisionedThroughput(5, 5), null);
        var tx = new TransactWriteItemsRequest(List.of(
                new TransactWriteItem(TransactAction.PUT, "tbl", item("a", 1, 1_000), null, null, null, null, null, null),
                new TransactWriteItem(TransactAction.PUT, "tbl", item("a", 2, 1_000), null, null, null, null, null, null),
                new TransactWriteItem(TransactAction.PUT, "tbl", item("a", 3, 1_000), null, null, null, null, null, null)),
                ReturnConsumedCapacity.NONE, false, null);
        assertThatThrownBy(() -> db.transactWriteItems(tx)).isInstanceOfSatisfying(DynamoDbException.class, e -> {
            assertThat(e.code()).isEqualTo(ErrorCode.TransactionCanceledException);
            assertThat(e.getMessage()).endsWith("[ThrottlingError, ThrottlingError, ThrottlingError]");
        });
        assertThat(db.describeTable("tbl").itemCount()).isZero();
    }

    @Test
    void transactionOverAnOnDemandAndAProvisionedTable_throttledOnTheProvisioned_givesTheProvisionedMessage() {
        // the reason's message follows the table that throttled, not the transaction's first table
        db.createTable(new CreateTableRequest("ondemand", List.of(new AttributeDefinition("pk", "S"), new AttributeDefinition("sk", "N")),
                List.of(new KeySchemaElement("pk", "HASH"), new KeySchemaElement("sk", "RANGE")), "PAY_PER_REQUEST", null,
                null, null, null));
        create("PROVISIONED", new ProvisionedThroughput(5, 5), null);
        var tx = new TransactWriteItemsRequest(List.of(
                new TransactWriteItem(TransactAction.PUT, "ondemand", item("a", 1, 1_000), null, null, null, null, null, null),
                new TransactWriteItem(TransactAction.PUT, "tbl", item("a", 2, 1_000), null, null, null, null, null, null),
                new TransactWriteItem(TransactAction.PUT, "tbl", item("a", 3, 1_000), null, null, null, null, null, null),
                new TransactWriteItem(TransactAction.PUT, "tbl", item("a", 4, 1_000), null, null, null, null, null, null)),
                ReturnConsumedCapacity.NONE, false, null);
        assertThatThrownBy(() -> db.transactWriteItems(tx)).isInstanceOfSatisfying(DynamoDbException.class, e -> {
            assertThat(e.code()).isEqualTo(ErrorCode.TransactionCanceledException);
            assertThat(e.cancellationReasons()).extracting(CancellationReason::message).containsOnly(
                    "You exceeded your maximum allowed provisioned throughput for a table or for one or more global "
                            + "secondary indexes. To view performance metrics for provisioned throughput vs. consumed "
                            + "throughput, open the Amazon CloudWatch console.");
        });
        assertThat(db.describeTable("ondemand").itemCount()).isZero();
        assertThat(db.describeTable("tbl").itemCount()).isZero();
    }

    @Test
    void placement_tellsTokenPartitionAndRange() {
        create("PROVISIONED", new ProvisionedThroughput(5_000, 2_000), null);
        assertThat(db.partitions("tbl", null).size()).isEqualTo(4);
        var where = db.placement("tbl", AttributeValue.s("user#1"));
        assertThat(where.partition().range().contains(where.token())).isTrue();
        assertThat(where.toString()).startsWith("token " + where.token() + " -> partition P");
    }
}
