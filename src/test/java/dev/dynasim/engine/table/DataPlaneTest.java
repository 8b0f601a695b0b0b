package dev.dynasim.engine.table;

import static dev.dynasim.engine.table.Fixtures.get;
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
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Behaviour of the data plane beyond capacity: pagination, atomicity, item collections, legacy parameters. */
class DataPlaneTest {
    private final Database db = Fixtures.database();

    private QueryRequest queryPage(Integer limit, Map<String, AttributeValue> start, boolean forward) {
        return new QueryRequest("tbl", null, "pk = :p AND sk BETWEEN :a AND :b", null, null, null,
                Map.of(":p", AttributeValue.s("q"), ":a", AttributeValue.n(2), ":b", AttributeValue.n(8)), null, limit,
                false, forward, start, ReturnConsumedCapacity.NONE, null, null, null, null);
    }

    @Test
    void query_pagesWithLimitAndExclusiveStartKey_visitEveryMatchOnceInSortOrder() {
        for (int i = 0; i < 10; i++) db.putItem(put(item("q", i, 100)));
        List<String> seen = new ArrayList<>();
        Map<String, AttributeValue> start = null;
        int pages = 0;
        do {
            QueryResult page = db.query(queryPage(3, start, false));
            page.items().forEach(it -> seen.add(it.get("sk").toString()));
            start = page.lastEvaluatedKey();
            pages++;
        } while (start != null);
        assertThat(seen).containsExactly("8", "7", "6", "5", "4", "3", "2");
        assertThat(pages).isEqualTo(3);
    }

    @Test
    void scan_segmentsPartitionTheTableWithoutOverlap() {
        for (int i = 0; i < 50; i++) db.putItem(put(item("p" + i, 1, 50)));
        int total = 0;
        for (int s = 0; s < 4; s++) {
            total += db.scan(new ScanRequest("tbl", null, null, null, null, null, Select.COUNT, null, false, s, 4, null,
                    ReturnConsumedCapacity.NONE, null, null, null)).count();
        }
        assertThat(total).isEqualTo(50);
    }

    @Test
    void transaction_withFailedCondition_writesNothing() {
        db.putItem(put(item("a", 1, 100)));
        var request = new TransactWriteItemsRequest(List.of(
                new TransactWriteItem(TransactAction.PUT, "tbl", item("b", 1, 100), null, null, null, null, null, null),
                new TransactWriteItem(TransactAction.CONDITION_CHECK, "tbl", null, key("a", 1), null, "attribute_not_exists(pk)",
                        null, null, ReturnValue.ALL_OLD)), ReturnConsumedCapacity.NONE, false, null);
        assertThatThrownBy(() -> db.transactWriteItems(request)).isInstanceOfSatisfying(DynamoDbException.class, e -> {
            assertThat(e.code()).isEqualTo(ErrorCode.TransactionCanceledException);
            assertThat(e.getMessage()).isEqualTo(
                    "Transaction cancelled, please refer cancellation reasons for specific reasons [None, ConditionalCheckFailed]");
            assertThat(e.cancellationReasons().get(1).item()).containsKey("p");
        });
        assertThat(db.getItem(get(key("b", 1), true)).item()).isNull();
    }

    @Test
    void batchWrite_withOneInvalidItem_writesNothing() {
        var request = new BatchWriteItemRequest(Map.of("tbl", List.of(
                new WriteRequest(item("a", 1, 100), null),
                new WriteRequest(Map.of("pk", AttributeValue.s("b")), null))), ReturnConsumedCapacity.NONE, false);
        assertThatThrownBy(() -> db.batchWriteItem(request)).isInstanceOf(DynamoDbException.class)
                .hasMessage("One of the required keys was not given a value");
        assertThat(db.describeTable("tbl").itemCount()).isZero();
    }

    @Test
    void updateItem_thatWouldChangeTheKey_isRejectedAndChangesNothing() {
        db.putItem(put(item("a", 1, 100)));
        var request = new UpdateItemRequest("tbl", key("a", 1), "SET pk = :v", null, null, Map.of(":v", AttributeValue.s("z")),
                null, null, false, null, null, null, null);
        assertThatThrownBy(() -> db.updateItem(request)).hasMessage(
                "One or more parameter values were invalid: Cannot update attribute pk. This attribute is part of the key");
        assertThat(db.getItem(get(key("a", 1), true)).item().get("pk")).isEqualTo(AttributeValue.s("a"));
    }

    @Test
    void lsiTable_itemCollectionOverTheLimit_isRejectedButShrinkingWritesPass() {
        Database ldb = Fixtures.tickingDatabase();
        ldb.createTable(Fixtures.table(true, null, List.of(new IndexDefinition("lsi",
                List.of(new KeySchemaElement("pk", "HASH"), new KeySchemaElement("lk", "RANGE")), "ALL", null, null)),
                new AttributeDefinition("lk", "S")));
        ldb.table("tbl").itemCollectionLimit = 3_000;
        ldb.putItem(put(item("c", 1, 1_000, "lk", AttributeValue.s("x"))));
        assertThatThrownBy(() -> ldb.putItem(put(item("c", 2, 1_000, "lk", AttributeValue.s("y")))))
                .isInstanceOfSatisfying(DynamoDbException.class, e -> {
                    assertThat(e.code()).isEqualTo(ErrorCode.ItemCollectionSizeLimitExceededException);
                    assertThat(e.getMessage()).isEqualTo("Collection size exceeded.");
                });
        assertThat(ldb.describeTable("tbl").itemCount()).isEqualTo(1);
        ldb.putItem(put(item("c", 1, 500, "lk", AttributeValue.s("x"))));
        assertThat(ldb.putItem(new PutItemRequest("tbl", item("d", 1, 100, "lk", AttributeValue.s("x")), null, null, null, null,
                ReturnConsumedCapacity.NONE, true, null, null, null)).itemCollectionMetrics().sizeEstimateRangeGB())
                .containsExactly(0.0, 1.0);
    }

    @Test
    void legacyExpected_andAttributesToGet_behaveLikeTheirExpressions() {
        db.putItem(put(item("a", 1, 100, "n", AttributeValue.n(1))));
        var failing = new PutItemRequest("tbl", item("a", 1, 100), null, null, null, null, null, false, null,
                Map.of("n", new ExpectedAttribute(AttributeValue.n(2), null, null, null)), null);
        assertThatThrownBy(() -> db.putItem(failing)).hasMessage("The conditional request failed");
        var got = db.getItem(new GetItemRequest("tbl", key("a", 1), true, null, null, List.of("n"), null));
        assertThat(got.item()).containsOnlyKeys("n");
        var mixed = new GetItemRequest("tbl", key("a", 1), true, "n", null, List.of("n"), null);
        assertThatThrownBy(() -> db.getItem(mixed)).hasMessage("Can not use both expression and non-expression parameters "
                + "in the same request: Non-expression parameters: {AttributesToGet} Expression parameters: {ProjectionExpression}");
    }

    @Test
    void updateTable_addsABackfilledGsiAndSwitchesBillingMode() {
        for (int i = 0; i < 3; i++) db.putItem(put(item("a", i, 100, "g", AttributeValue.s("G"))));
        var d = db.updateTable(new UpdateTableRequest("tbl", List.of(new AttributeDefinition("g", "S")), "PROVISIONED",
                new ProvisionedThroughput(5, 5),
                List.of(new IndexDefinition("byG", List.of(new KeySchemaElement("g", "HASH")), "KEYS_ONLY", null,
                        new ProvisionedThroughput(5, 5))), null, null, null));
        assertThat(d.spec().billingMode()).isEqualTo(BillingMode.PROVISIONED);
        assertThat(d.globalSecondaryIndexes().get(0).itemCount()).isEqualTo(3);
        var q = db.query(new QueryRequest("tbl", "byG", "g = :g", null, null, null, Map.of(":g", AttributeValue.s("G")), null,
                null, false, null, null, ReturnConsumedCapacity.NONE, null, null, null, null));
        assertThat(q.count()).isEqualTo(3);
    }

    @Test
    void listTables_pagesInNameOrder() {
        for (String n : List.of("ccc", "aaa", "bbb")) {
            db.createTable(new CreateTableRequest(n, List.of(new AttributeDefinition("pk", "S")),
                    List.of(new KeySchemaElement("pk", "HASH")), "PAY_PER_REQUEST", null, null, null, null));
        }
        var first = db.listTables(null, 2);
        assertThat(first.tableNames()).containsExactly("aaa", "bbb");
        assertThat(first.lastEvaluatedTableName()).isEqualTo("bbb");
        var second = db.listTables(first.lastEvaluatedTableName(), 2);
        assertThat(second.tableNames()).containsExactly("ccc", "tbl");
        assertThat(second.lastEvaluatedTableName()).isNull();
    }

    @Test
    void deleteTable_thenAnyCall_isResourceNotFound() {
        assertThat(db.deleteTable("tbl").tableStatus()).isEqualTo("DELETING");
        assertThatThrownBy(() -> db.getItem(get(key("a", 1), true))).hasMessage("Requested resource not found");
        assertThatThrownBy(() -> db.describeTable("tbl")).hasMessage("Requested resource not found: Table: tbl not found");
    }

    @Test
    void exclusiveStartKey_ofWrongShapeOrOutsideThePartition_isRejected() {
        db.putItem(put(item("q", 1, 100)));
        assertThatThrownBy(() -> db.query(queryPage(2, Map.of("pk", AttributeValue.s("q")), true))).hasMessage(
                "The provided starting key is invalid: The provided key element does not match the schema");
        assertThatThrownBy(() -> db.query(queryPage(2, key("other", 1), true))).hasMessage(
                "The provided starting key is outside query boundaries based on provided conditions");
        assertThatThrownBy(() -> db.scan(new ScanRequest("tbl", null, null, null, null, null, null, null, false, null, null,
                Map.of("pk", AttributeValue.n(1), "sk", AttributeValue.n(1)), null, null, null, null)))
                .hasMessage("The provided starting key is invalid: The provided key element does not match the schema");
    }

    private UpdateItemRequest legacyUpdate(String action, AttributeValue value) {
        return new UpdateItemRequest("tbl", key("a", 1), null, null, null, null, null, null, false, null, null, null,
                Map.of("x", new AttributeValueUpdate(action, value)));
    }

    private ScanRequest legacyScan(String operator, List<AttributeValue> arguments) {
        return new ScanRequest("tbl", null, null, null, null, null, null, null, false, null, null, null, null, null,
                Map.of("x", new ExpectedAttribute(null, null, operator, arguments)), null);
    }

    @Test
    void legacyAttributeUpdates_putWithoutValue_isRejectedWithoutPlaceholderNames() {
        assertThatThrownBy(() -> db.updateItem(legacyUpdate("PUT", null))).hasMessage("One or more parameter values were "
                + "invalid: Only DELETE action is allowed when no attribute value is specified");
        assertThatThrownBy(() -> db.updateItem(legacyUpdate("ADD", null))).hasMessage("One or more parameter values were "
                + "invalid: Only DELETE action is allowed when no attribute value is specified");
        assertThat(db.getItem(get(key("a", 1), true)).item()).isNull();
    }

    @Test
    void legacyAttributeUpdates_valueOfWrongTypeForAction_namesTheType() {
        assertThatThrownBy(() -> db.updateItem(legacyUpdate("DELETE", AttributeValue.s("v")))).hasMessage(
                "One or more parameter values were invalid: DELETE action with value is not supported for the type S");
        assertThatThrownBy(() -> db.updateItem(legacyUpdate("ADD", AttributeValue.m(Map.of())))).hasMessage(
                "One or more parameter values were invalid: ADD action is not supported for the type M");
        assertThat(db.getItem(get(key("a", 1), true)).item()).isNull();
    }

    @Test
    void legacyScanFilter_wrongArgumentCount_isInvalidNumberOfArguments() {
        assertThatThrownBy(() -> db.scan(legacyScan("IN", List.of()))).hasMessage(
                "One or more parameter values were invalid: Invalid number of argument(s) for the IN ComparisonOperator");
        assertThatThrownBy(() -> db.scan(legacyScan("NULL", List.of(AttributeValue.s("v"))))).hasMessage(
                "One or more parameter values were invalid: Invalid number of argument(s) for the NULL ComparisonOperator");
        assertThatThrownBy(() -> db.scan(legacyScan("EQ", List.of(AttributeValue.s("v"), AttributeValue.s("w"))))).hasMessage(
                "One or more parameter values were invalid: Invalid number of argument(s) for the EQ ComparisonOperator");
    }

    @Test
    void legacyScanFilter_argumentTypeTheOperatorCannotCompare_isRejected() {
        assertThatThrownBy(() -> db.scan(legacyScan("CONTAINS", List.of(AttributeValue.ss("v"))))).hasMessage(
                "One or more parameter values were invalid: ComparisonOperator CONTAINS is not valid for SS AttributeValue type");
        assertThatThrownBy(() -> db.scan(legacyScan("BEGINS_WITH", List.of(AttributeValue.n(1))))).hasMessage(
                "One or more parameter values were invalid: ComparisonOperator BEGINS_WITH is not valid for N AttributeValue type");
    }

    @Test
    void legacyParameters_emptyAttributeName_isEmptyAttributeName() {
        var update = new UpdateItemRequest("tbl", key("a", 1), null, null, null, null, null, null, false, null, null, null,
                Map.of("", new AttributeValueUpdate("PUT", AttributeValue.s("v"))));
        assertThatThrownBy(() -> db.updateItem(update)).hasMessage("Empty attribute name");
        assertThat(db.getItem(get(key("a", 1), true)).item()).isNull();
        var scan = new ScanRequest("tbl", null, null, null, null, null, null, null, false, null, null, null, null, null,
                Map.of("", new ExpectedAttribute(null, null, "NULL", null)), null);
        assertThatThrownBy(() -> db.scan(scan)).hasMessage("Empty attribute name");
    }

    private static AttributeValue nestedMaps(int levels) {
        AttributeValue value = AttributeValue.s("leaf");
        for (int i = 0; i < levels; i++) value = AttributeValue.m(Map.of("x", value));
        return value;
    }

    @Test
    void updateItem_pathThatNestsBeyondTheLimit_isRejectedAndItemUnchanged() {
        db.updateItem(new UpdateItemRequest("tbl", key("a", 1), "SET d = :v", null, null, Map.of(":v", nestedMaps(31)),
                null, null, false, null, null, null, null));
        var deeper = new UpdateItemRequest("tbl", key("a", 1), "SET d.x = :v", null, null, Map.of(":v", nestedMaps(31)),
                null, null, false, null, null, null, null);
        assertThatThrownBy(() -> db.updateItem(deeper)).hasMessage(
                "Nesting Levels have exceeded supported limits: Attributes in the item have nested levels beyond supported limit");
        assertThat(db.getItem(get(key("a", 1), true)).item().get("d")).isEqualTo(nestedMaps(31));
    }
}
