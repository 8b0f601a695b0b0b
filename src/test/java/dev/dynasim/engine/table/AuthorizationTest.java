package dev.dynasim.engine.table;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.dynasim.engine.iam.Condition;
import dev.dynasim.engine.iam.Effect;
import dev.dynasim.engine.iam.Policy;
import dev.dynasim.engine.iam.Principal;
import dev.dynasim.engine.iam.Statement;
import dev.dynasim.engine.model.AttributeValue;
import dev.dynasim.engine.model.DynamoDbException;
import dev.dynasim.engine.model.ErrorCode;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Every data-plane call made as a principal is authorised the IAM way (I1-I5): the action, the table's
 * or index's ARN, the partition keys it touches (LeadingKeys); a denial is AccessDeniedException with
 * IAM's message and changes nothing.
 */
class AuthorizationTest {
    private static final String TABLE = "arn:aws:dynamodb:ddblocal:000000000000:table/Orders";
    private static final String ALICE = "arn:aws:iam::123456789012:user/alice";

    /** Alice may read and write items whose partition key is her user id, and never delete. */
    private static final Principal alice = new Principal(ALICE, "alice", "alice", List.of(
            new Policy("arn:aws:iam::123456789012:policy/own-items", List.of(new Statement("OwnItems", Effect.ALLOW,
                    List.of("dynamodb:Get*", "dynamodb:PutItem", "dynamodb:UpdateItem", "dynamodb:DeleteItem", "dynamodb:Query"),
                    List.of("arn:aws:dynamodb:*:*:table/Orders"),
                    List.of(new Condition("ForAllValues:StringEquals", "dynamodb:LeadingKeys", List.of("${aws:userid}")))))),
            new Policy("arn:aws:iam::123456789012:policy/no-deletes", List.of(new Statement("NoDeletes", Effect.DENY,
                    List.of("dynamodb:DeleteItem"), List.of("*"), null)))));

    private static Database orders() {
        Database db = new Database(() -> 0L, Account.LOCAL);
        db.createTable(new CreateTableRequest("Orders", List.of(new AttributeDefinition("customerId", "S"),
                new AttributeDefinition("orderId", "S"), new AttributeDefinition("status", "S")),
                List.of(new KeySchemaElement("customerId", "HASH"), new KeySchemaElement("orderId", "RANGE")), "PAY_PER_REQUEST", null,
                List.of(new IndexDefinition("ByStatus", List.of(new KeySchemaElement("status", "HASH")), "ALL", null, null)), null, null));
        db.putItem(put(item("bob", "o1")));
        return db;
    }

    private static Map<String, AttributeValue> item(String customer, String order) {
        return Map.of("customerId", AttributeValue.s(customer), "orderId", AttributeValue.s(order), "status", AttributeValue.s("open"));
    }

    private static PutItemRequest put(Map<String, AttributeValue> item) {
        return new PutItemRequest("Orders", item, null, null, null, null, null, false, null, null, null);
    }

    private static GetItemRequest get(String customer, String order) {
        return new GetItemRequest("Orders", Map.of("customerId", AttributeValue.s(customer), "orderId", AttributeValue.s(order)),
                false, null, null, null, null);
    }

    private static DynamoDbException denied(Database db, Runnable call) {
        DynamoDbException e = catchThrowableOfType(DynamoDbException.class, () -> db.as(alice, () -> {
            call.run();
            return null;
        }));
        assertThat(e).as("the call was allowed").isNotNull();
        assertThat(e.code()).isEqualTo(ErrorCode.AccessDeniedException);
        return e;
    }

    @Test
    void ownPartitionKey_isAllowed_anotherUsersIsImplicitlyDeniedWithIamsMessage() {
        Database db = orders();
        db.as(alice, () -> db.putItem(put(item("alice", "o9"))));
        assertThat(db.as(alice, () -> db.getItem(get("alice", "o9"))).item()).isNotNull();
        DynamoDbException e = denied(db, () -> db.getItem(get("bob", "o1")));
        assertThat(e.getMessage()).isEqualTo("User: " + ALICE + " is not authorized to perform: dynamodb:GetItem on resource: "
                + TABLE + " because no identity-based policy allows the dynamodb:GetItem action");
    }

    @Test
    void deniedWrite_changesNothing() {
        Database db = orders();
        denied(db, () -> db.putItem(put(Map.of("customerId", AttributeValue.s("bob"), "orderId", AttributeValue.s("o1"),
                "status", AttributeValue.s("stolen")))));
        assertThat(db.getItem(get("bob", "o1")).item().get("status")).isEqualTo(AttributeValue.s("open"));
    }

    @Test
    void explicitDeny_winsOverTheAllow_andNamesItsPolicy() {
        Database db = orders();
        db.as(alice, () -> db.putItem(put(item("alice", "o9"))));
        DynamoDbException e = denied(db, () -> db.deleteItem(new DeleteItemRequest("Orders",
                Map.of("customerId", AttributeValue.s("alice"), "orderId", AttributeValue.s("o9")), null, null, null, null, null, false,
                null, null, null)));
        assertThat(e.getMessage()).isEqualTo("User: " + ALICE + " is not authorized to perform: dynamodb:DeleteItem on resource: "
                + TABLE + " with an explicit deny in an identity-based policy: arn:aws:iam::123456789012:policy/no-deletes");
    }

    @Test
    void queryOnAnIndex_isAuthorisedAgainstTheIndexArn() {
        Database db = orders();
        DynamoDbException e = denied(db, () -> db.query(new QueryRequest("Orders", "ByStatus", "#s = :s", null, null,
                Map.of("#s", "status"), Map.of(":s", AttributeValue.s("open")), null, null, false, null, null, null, null, null, null, null)));
        assertThat(e.getMessage()).contains("dynamodb:Query on resource: " + TABLE + "/index/ByStatus because");
        // on the table itself, her own partition key is allowed
        assertThat(db.as(alice, () -> db.query(new QueryRequest("Orders", null, "customerId = :c", null, null, null,
                Map.of(":c", AttributeValue.s("alice")), null, null, false, null, null, null, null, null, null, null))).items()).isEmpty();
    }

    @Test
    void batchCalls_needTheBatchAction_transactionsTheItemActions() {
        Database db = orders();
        denied(db, () -> db.batchWriteItem(new BatchWriteItemRequest(Map.of("Orders",
                List.of(new WriteRequest(item("alice", "o2"), null))), null, false)));
        // a transaction's put is authorised as dynamodb:PutItem on her own key
        db.as(alice, () -> db.transactWriteItems(new TransactWriteItemsRequest(List.of(new TransactWriteItem(TransactAction.PUT, "Orders",
                item("alice", "o3"), null, null, null, null, null, null)), null, false, null)));
        DynamoDbException e = denied(db, () -> db.transactWriteItems(new TransactWriteItemsRequest(List.of(new TransactWriteItem(
                TransactAction.PUT, "Orders", item("bob", "o4"), null, null, null, null, null, null)), null, false, null)));
        assertThat(e.getMessage()).contains("dynamodb:PutItem on resource: " + TABLE);
        assertThat(db.getItem(get("bob", "o4")).item()).isNull();
    }

    @Test
    void controlPlane_andScan_areDeniedWithoutAnAllow_andCallsOutsideAsAreNotAuthorised() {
        Database db = orders();
        assertThat(denied(db, () -> db.scan(new ScanRequest("Orders", null, null, null, null, null, null, null, false, null, null,
                null, null, null, null, null))).getMessage()).contains("dynamodb:Scan on resource: " + TABLE + " because");
        assertThat(denied(db, () -> db.deleteTable("Orders")).getMessage()).contains("dynamodb:DeleteTable");
        assertThat(db.describeTable("Orders").itemCount()).isEqualTo(1);
        assertThat(db.caller()).isNull();
    }
}
