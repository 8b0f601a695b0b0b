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
 * The actions every kind of call is authorised as (I1): PartiQL SELECT as {@code PartiQLSelect},
 * BatchGetItem as itself, a transaction's reads as GetItem and its condition checks as
 * ConditionCheckItem, DescribeLimits on {@code *}; that a caller with no right to a table learns
 * nothing about it (AccessDenied comes before ResourceNotFound); and that a denied call consumes nothing.
 */
class AuthorizationCoverageTest {
    private static final String TABLE = "arn:aws:dynamodb:ddblocal:000000000000:table/Orders";
    private static final String ALICE = "arn:aws:iam::123456789012:user/alice";
    private static final Condition OWN_KEY = new Condition("ForAllValues:StringEquals", "dynamodb:LeadingKeys", List.of("${aws:username}"));

    /** Alice may Get* her own items on Orders, and must never delete anything anywhere. */
    private static final Principal alice = new Principal(ALICE, "AIDAALICE", "alice", List.of(
            new Policy("arn:aws:iam::123456789012:policy/own-items", List.of(new Statement("OwnItems", Effect.ALLOW,
                    List.of("dynamodb:Get*", "dynamodb:PutItem"), List.of("arn:aws:dynamodb:*:*:table/Orders"), List.of(OWN_KEY)))),
            new Policy("arn:aws:iam::123456789012:policy/no-deletes", List.of(new Statement("NoDeletes", Effect.DENY,
                    List.of("dynamodb:DeleteItem"), List.of("*"), null)))));

    /** Paul may run PartiQL SELECTs and DescribeLimits, on his own items and for the account. */
    private static final Principal paul = new Principal("arn:aws:iam::123456789012:user/paul", "AIDAPAUL", "paul", List.of(
            new Policy("arn:aws:iam::123456789012:policy/partiql", List.of(
                    new Statement("Select", Effect.ALLOW, List.of("dynamodb:PartiQLSelect"), List.of("arn:aws:dynamodb:*:*:table/*"),
                            List.of(OWN_KEY)),
                    new Statement("Limits", Effect.ALLOW, List.of("dynamodb:DescribeLimits"), List.of("*"), null)))));

    private static Database orders() {
        Database db = new Database(() -> 0L, Account.LOCAL);
        db.createTable(new CreateTableRequest("Orders", List.of(new AttributeDefinition("customerId", "S"),
                new AttributeDefinition("orderId", "S")),
                List.of(new KeySchemaElement("customerId", "HASH"), new KeySchemaElement("orderId", "RANGE")), "PAY_PER_REQUEST", null,
                null, null, null));
        db.putItem(new PutItemRequest("Orders", key("bob", "o1"), null, null, null, null, null, false, null, null, null));
        db.putItem(new PutItemRequest("Orders", key("paul", "o1"), null, null, null, null, null, false, null, null, null));
        return db;
    }

    private static Map<String, AttributeValue> key(String customer, String order) {
        return Map.of("customerId", AttributeValue.s(customer), "orderId", AttributeValue.s(order));
    }

    private static QueryRequest ordersOf(String table, String customer) {
        return new QueryRequest(table, null, "customerId = :c", null, null, null, Map.of(":c", AttributeValue.s(customer)), null, null,
                false, null, null, null, null, null, null, null);
    }

    private static DynamoDbException refused(Database db, Principal who, Runnable call) {
        DynamoDbException e = catchThrowableOfType(DynamoDbException.class, () -> db.as(who, () -> {
            call.run();
            return null;
        }));
        assertThat(e).as("the call was not refused").isNotNull();
        return e;
    }

    @Test
    void executeStatement_isAuthorisedAsPartiQLSelect_notAsQuery() {
        Database db = orders();
        assertThat(db.as(paul, () -> db.executeStatement(ordersOf("Orders", "paul"))).items()).hasSize(1);
        DynamoDbException e = refused(db, paul, () -> db.executeStatement(ordersOf("Orders", "bob")));
        assertThat(e.getMessage()).isEqualTo("User: arn:aws:iam::123456789012:user/paul is not authorized to perform: "
                + "dynamodb:PartiQLSelect on resource: " + TABLE + " because no identity-based policy allows the dynamodb:PartiQLSelect action");
        // the same read as a Query needs dynamodb:Query, which Paul does not have
        assertThat(refused(db, paul, () -> db.query(ordersOf("Orders", "paul"))).getMessage()).contains("dynamodb:Query on resource");
    }

    @Test
    void batchGet_needsBatchGetItem_transactGetIsAuthorisedItemByItemAsGetItem() {
        Database db = orders();
        DynamoDbException batch = refused(db, alice, () -> db.batchGetItem(new BatchGetItemRequest(Map.of("Orders",
                new KeysAndAttributes(List.of(key("alice", "o1")), false, null, null, null)), null)));
        assertThat(batch.getMessage()).contains("dynamodb:BatchGetItem on resource: " + TABLE + " because");
        assertThat(db.as(alice, () -> db.transactGetItems(new TransactGetItemsRequest(List.of(
                new TransactGetItem("Orders", key("alice", "o1"), null, null)), null))).responses()).hasSize(1);
        DynamoDbException other = refused(db, alice, () -> db.transactGetItems(new TransactGetItemsRequest(List.of(
                new TransactGetItem("Orders", key("alice", "o1"), null, null), new TransactGetItem("Orders", key("bob", "o1"), null, null)),
                null)));
        assertThat(other.getMessage()).contains("dynamodb:GetItem on resource: " + TABLE + " because");
    }

    @Test
    void transactionConditionCheck_isAuthorisedAsConditionCheckItem() {
        Database db = orders();
        DynamoDbException e = refused(db, alice, () -> db.transactWriteItems(new TransactWriteItemsRequest(List.of(
                new TransactWriteItem(TransactAction.CONDITION_CHECK, "Orders", null, key("alice", "o1"), null,
                        "attribute_not_exists(customerId)", null, null, null),
                new TransactWriteItem(TransactAction.PUT, "Orders", key("alice", "o2"), null, null, null, null, null, null)),
                null, false, null)));
        assertThat(e.code()).isEqualTo(ErrorCode.AccessDeniedException);
        assertThat(e.getMessage()).contains("dynamodb:ConditionCheckItem on resource: " + TABLE);
        assertThat(db.getItem(new GetItemRequest("Orders", key("alice", "o2"), false, null, null, null, null)).item()).isNull();
    }

    @Test
    void aTableTheCallerHasNoRightTo_isDeniedBeforeItIsLookedUp_soItsExistenceDoesNotLeak() {
        Database db = orders();
        DynamoDbException missing = refused(db, alice, () -> db.getItem(new GetItemRequest("Secrets", key("alice", "o1"), false, null,
                null, null, null)));
        assertThat(missing.code()).isEqualTo(ErrorCode.AccessDeniedException);
        assertThat(missing.getMessage()).isEqualTo("User: " + ALICE + " is not authorized to perform: dynamodb:GetItem on resource: "
                + "arn:aws:dynamodb:ddblocal:000000000000:table/Secrets because no identity-based policy allows the dynamodb:GetItem action");
        // an unconditional Deny refuses at once too, naming its policy, whether or not the table exists
        DynamoDbException deny = refused(db, alice, () -> db.deleteItem(new DeleteItemRequest("Nowhere", key("alice", "o1"), null, null,
                null, null, null, false, null, null, null)));
        assertThat(deny.getMessage()).endsWith("on resource: arn:aws:dynamodb:ddblocal:000000000000:table/Nowhere with an explicit deny "
                + "in an identity-based policy: arn:aws:iam::123456789012:policy/no-deletes");
        // a caller who could be allowed on the table learns that it does not exist
        DynamoDbException notFound = refused(db, paul, () -> db.executeStatement(ordersOf("Missing", "paul")));
        assertThat(notFound.code()).isEqualTo(ErrorCode.ResourceNotFoundException);
    }

    @Test
    void aDeniedCall_consumesNoCapacity() {
        Database db = orders();
        double reads = db.usage("Orders").readUnits();
        double writes = db.usage("Orders").writeUnits();
        long requests = db.usage("Orders").requests();
        refused(db, alice, () -> db.getItem(new GetItemRequest("Orders", key("bob", "o1"), false, null, null, null, null)));
        refused(db, alice, () -> db.putItem(new PutItemRequest("Orders", key("bob", "o2"), null, null, null, null, null, false, null,
                null, null)));
        refused(db, paul, () -> db.executeStatement(ordersOf("Orders", "bob")));
        assertThat(db.usage("Orders").readUnits()).isEqualTo(reads);
        assertThat(db.usage("Orders").writeUnits()).isEqualTo(writes);
        assertThat(db.usage("Orders").requests()).isEqualTo(requests);
    }

    @Test
    void describeLimits_isAuthorisedOnStar() {
        Database db = orders();
        assertThat(db.as(paul, db::describeLimits)).isEqualTo(AccountLimits.DEFAULTS);
        assertThat(refused(db, alice, db::describeLimits).getMessage()).isEqualTo("User: " + ALICE
                + " is not authorized to perform: dynamodb:DescribeLimits on resource: * because no identity-based policy allows the "
                + "dynamodb:DescribeLimits action");
    }

    @Test
    void conditionsOnTheCallerAlone_areDecidedBeforeTheTableIsLookedUp() {
        Database db = orders();
        Principal notBob = new Principal(ALICE, "AIDAALICE", "alice", List.of(new Policy("arn:aws:iam::123456789012:policy/only-bob",
                List.of(new Statement("OnlyBob", Effect.ALLOW, List.of("dynamodb:GetItem"), List.of("arn:aws:dynamodb:*:*:table/*"),
                        List.of(new Condition("StringEquals", "aws:username", List.of("bob"))))))));
        GetItemRequest secret = new GetItemRequest("Secrets", key("alice", "o1"), false, null, null, null, null);
        assertThat(refused(db, notBob, () -> db.getItem(secret)).code()).isEqualTo(ErrorCode.AccessDeniedException);
        Principal adminsOnly = new Principal(ALICE, "AIDAALICE", "alice", List.of(new Policy("arn:aws:iam::123456789012:policy/admins",
                List.of(new Statement("All", Effect.ALLOW, List.of("dynamodb:*"), List.of("*"), null),
                        new Statement("AdminsOnly", Effect.DENY, List.of("dynamodb:*"), List.of("*"),
                                List.of(new Condition("StringNotEquals", "aws:username", List.of("admin"))))))));
        assertThat(refused(db, adminsOnly, () -> db.getItem(secret)).getMessage())
                .endsWith("with an explicit deny in an identity-based policy: arn:aws:iam::123456789012:policy/admins");
    }
}
