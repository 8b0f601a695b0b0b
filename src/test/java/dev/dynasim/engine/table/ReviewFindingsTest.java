package dev.dynasim.engine.table;

import static dev.dynasim.engine.table.Fixtures.item;
import static dev.dynasim.engine.table.Fixtures.key;
import static dev.dynasim.engine.table.Fixtures.put;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.dynasim.engine.model.AttributeValue;
import dev.dynasim.engine.model.BillingMode;
import dev.dynasim.engine.model.DynamoDbException;
import dev.dynasim.engine.model.ErrorCode;
import dev.dynasim.engine.model.ProvisionedThroughput;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Rejected requests change nothing, and edge rules of UpdateTable, conditions and item collections. */
class ReviewFindingsTest {
    private final Database db = Fixtures.database();

    private static UpdateTableRequest addGsi(String name, String attribute, String type) {
        return new UpdateTableRequest("tbl", List.of(new AttributeDefinition(attribute, type)), null, null,
                List.of(new IndexDefinition(name, List.of(new KeySchemaElement(attribute, "HASH")), "ALL", null, null)),
                null, null, null);
    }

    @Test
    void addGsi_backfillLeavesOutItemsWhoseKeyDoesNotFit() {
        db.putItem(put(item("a", 1, 100, "g", AttributeValue.n(5))));
        db.putItem(put(item("a", 2, 100, "g", AttributeValue.s(""))));
        db.putItem(put(item("a", 3, 100, "g", AttributeValue.s("x"))));
        var d = db.updateTable(addGsi("byG", "g", "S"));
        assertThat(d.globalSecondaryIndexes().get(0).itemCount()).isEqualTo(1);
    }

    @Test
    void updateTable_rejected_leavesTableAsItWas() {
        Database pdb = new Database(() -> 1_000L, Account.LOCAL);
        pdb.createTable(new CreateTableRequest("tbl", List.of(new AttributeDefinition("pk", "S")),
                List.of(new KeySchemaElement("pk", "HASH")), "PROVISIONED", new ProvisionedThroughput(5, 5), null, null, null));
        var bad = new UpdateTableRequest("tbl", null, null, new ProvisionedThroughput(10, 10), null, List.of("nope"), null, null);
        assertThatThrownBy(() -> pdb.updateTable(bad)).isInstanceOfSatisfying(DynamoDbException.class,
                e -> assertThat(e.code()).isEqualTo(ErrorCode.ResourceNotFoundException));
        var d = pdb.describeTable("tbl");
        assertThat(d.spec().throughput()).isEqualTo(new ProvisionedThroughput(5, 5));
        assertThat(d.lastIncreaseDateTime()).isZero();
    }

    @Test
    void updateTable_toOnDemand_isNotCountedAsADecrease() {
        Database pdb = Fixtures.tickingDatabase();
        pdb.createTable(new CreateTableRequest("tbl", List.of(new AttributeDefinition("pk", "S")),
                List.of(new KeySchemaElement("pk", "HASH")), "PROVISIONED", new ProvisionedThroughput(5, 5), null, null, null));
        var d = pdb.updateTable(new UpdateTableRequest("tbl", null, "PAY_PER_REQUEST", null, null, null, null, null));
        assertThat(d.spec().billingMode()).isEqualTo(BillingMode.PAY_PER_REQUEST);
        assertThat(d.numberOfDecreasesToday()).isZero();
    }

    @Test
    void updateTable_twoIndexChangesAtOnce_isALimitExceeded() {
        var two = new UpdateTableRequest("tbl", List.of(new AttributeDefinition("g", "S")), null, null,
                List.of(new IndexDefinition("byG", List.of(new KeySchemaElement("g", "HASH")), "ALL", null, null)),
                List.of("other"), null, null);
        assertThatThrownBy(() -> db.updateTable(two)).isInstanceOfSatisfying(DynamoDbException.class,
                e -> assertThat(e.code()).isEqualTo(ErrorCode.LimitExceededException));
    }

    @Test
    void failedConditionalPut_onAMissingKey_costsOneUnitWhateverTheItemSize() {
        // F2.11
        assertThatThrownBy(() -> db.putItem(put(item("n", 1, 3_000), "attribute_exists(pk)"))).isInstanceOf(DynamoDbException.class);
        assertThat(db.usage("tbl").writeUnits()).isEqualTo(1.0);
    }

    @Test
    void batchAndTransaction_overTheCollectionCap_writeNothing() {
        Database ldb = Fixtures.tickingDatabase();
        ldb.createTable(Fixtures.table(true, null, List.of(new IndexDefinition("lsi",
                List.of(new KeySchemaElement("pk", "HASH"), new KeySchemaElement("lk", "RANGE")), "KEYS_ONLY", null, null)),
                new AttributeDefinition("lk", "S")));
        ldb.table("tbl").itemCollectionLimit = 3_000;
        var batch = new BatchWriteItemRequest(Map.of("tbl", List.of(
                new WriteRequest(item("c", 1, 1_500, "lk", AttributeValue.s("x")), null),
                new WriteRequest(item("c", 2, 1_500, "lk", AttributeValue.s("y")), null))), ReturnConsumedCapacity.NONE, false);
        assertThatThrownBy(() -> ldb.batchWriteItem(batch)).hasMessage("Collection size exceeded.");
        var tx = new TransactWriteItemsRequest(List.of(
                new TransactWriteItem(TransactAction.PUT, "tbl", item("c", 1, 1_500, "lk", AttributeValue.s("x")), null, null, null, null, null, null),
                new TransactWriteItem(TransactAction.PUT, "tbl", item("c", 2, 1_500, "lk", AttributeValue.s("y")), null, null, null, null, null, null)),
                ReturnConsumedCapacity.NONE, false, null);
        assertThatThrownBy(() -> ldb.transactWriteItems(tx)).hasMessage("Collection size exceeded.");
        assertThat(ldb.describeTable("tbl").itemCount()).isZero();
    }

    @Test
    void expressionAttributeValues_areValidatedLikeItemValues() {
        var r = new UpdateItemRequest("tbl", key("a", 1), "SET s = :v", null, null, Map.of(":v", new AttributeValue.SS(List.of())),
                null, null, false, null, null, null, null);
        assertThatThrownBy(() -> db.updateItem(r)).isInstanceOfSatisfying(DynamoDbException.class, e -> {
            assertThat(e.code()).isEqualTo(ErrorCode.ValidationException);
            assertThat(e.getMessage()).startsWith("ExpressionAttributeValues contains invalid value");
        });
    }
}
