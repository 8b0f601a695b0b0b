package dev.dynasim.api;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.dynasim.engine.model.AttributeValue;
import dev.dynasim.engine.billing.Bill;
import dev.dynasim.engine.billing.PriceSheet;
import dev.dynasim.engine.iam.Policy;
import dev.dynasim.engine.iam.Principal;
import dev.dynasim.engine.model.DynamoDbException;
import dev.dynasim.engine.model.ErrorCode;
import dev.dynasim.engine.partition.KeyHash;
import dev.dynasim.engine.sim.DatabaseMeter;
import dev.dynasim.engine.sim.AutoScaling;
import dev.dynasim.engine.sim.SimClock;
import dev.dynasim.engine.table.UpdateTableRequest;
import dev.dynasim.engine.trace.ScalingActivity;
import java.util.ArrayList;
import dev.dynasim.engine.table.Account;
import dev.dynasim.engine.table.AccountLimits;
import dev.dynasim.engine.table.Database;
import dev.dynasim.engine.table.QueryResult;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Collections;
import java.util.TreeMap;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.List;
import java.util.Map;

/**
 * The DynamoDB JSON 1.0 protocol over one {@link Database}: {@link #handle} takes an operation name
 * (the {@code X-Amz-Target} suffix, e.g. {@code PutItem}) and its wire body, and returns the wire
 * response body or throws a {@link DynamoDbException}; nothing else escapes. An unexpected failure
 * becomes an {@code InternalServerError}, which is always a dynasim bug.
 */
public final class ApiHandler {
    /** Message of an operation dynasim does not know (oracle errors.jsonl describe-endpoints). */
    public static final String UNKNOWN_OPERATION = "An unknown operation was requested.";
    /** The X-Amz-Target prefix of the DynamoDB 2012-08-10 API, accepted in front of operation names. */
    public static final String TARGET_PREFIX = "DynamoDB_20120810.";

    /** Simulated time between two requests of a batch by default: one tick (issue 3; README "./dynasim api"). */
    public static final long DEFAULT_SPACING_MILLIS = SimClock.DEFAULT_TICK_MILLIS;

    /** UnrecognizedClientException's text (facts file, 7.1): a principal this handler does not know. */
    public static final String UNRECOGNIZED_CLIENT = "The Access Key ID or security token is invalid.";

    private final Database database;
    private final Runnable beforeRequest;
    private final TableResponses tables;
    /** The principals requests may be made as, by ARN (DynasimPutPrincipal adds them). */
    private final Map<String, Principal> principals = new TreeMap<>();
    /** Reads an IAM policy document (JSON text, policy ARN); given by whoever composes the api with a policy reader. */
    private BiFunction<String, String, Policy> policyReader;
    /** What every table has used, for DynasimGetBill. */
    private final DatabaseMeter meter;
    /** The prices DynasimGetBill bills at, and how a bill is written as JSON; given by whoever composes the api. */
    private PriceSheet prices;
    private Function<Bill, String> billJson;
    /** Runs a what-if replay for DynasimWhatIf (its request body to the comparison as JSON text); given by whoever composes the api. */
    private Function<JsonNode, String> whatIf;
    /** Auto scaling's operations (DynasimPutScalingPolicy and DynasimDescribeScalingActivities), when the clock moves. */
    private ScalingOperations scaling;

    /** A handler over a database; ARNs name the database's account and Region. */
    public ApiHandler(Database database) {
        this(database, () -> { });
    }

    /**
     * A handler over a fresh database whose simulated clock advances by {@code spacingMillis}
     * before each request (0 freezes time), ending that interval as the simulation ends a tick
     * (adaptive capacity, splits), so that a recorded script is not throttled merely because
     * simulated time stood still. Keys hash as in DynamoDB Local, so that Scan order and parallel-scan
     * segments match scripts recorded against it.
     */
    public static ApiHandler ticking(long spacingMillis) {
        SimClock clock = new SimClock(0, SimClock.DEFAULT_TICK_MILLIS);
        Database db = new Database(clock::now, Account.LOCAL);
        db.keyHash(KeyHash.DYNAMODB_LOCAL);
        DatabaseMeter meter = new DatabaseMeter(db);
        List<ScalingActivity> activities = new ArrayList<>();
        AutoScaling scaling = new AutoScaling(db, request -> autoScalingUpdate(db, request), activities::add);
        ApiHandler handler = new ApiHandler(db, meter, () -> {
            long start = clock.now();
            long end = clock.advanceBy(spacingMillis);
            if (end > start) {
                db.endTick(start, end, false);
                meter.tick(start, end);
                scaling.tick(start, end);
            }
        });
        if (spacingMillis > 0) handler.scaling = new ScalingOperations(scaling, activities); // frozen time: no policy would ever act
        return handler;
    }

    /**
     * An UpdateTable made by auto scaling: by the service itself, not by whoever sent the request in
     * progress, and held to the daily limit on decreases (P12) even though the api's own UpdateTable,
     * like DynamoDB Local, is not.
     */
    private static void autoScalingUpdate(Database db, UpdateTableRequest request) {
        Principal caller = db.callAs(null);
        db.enforceDecreaseQuota(true);
        try {
            db.updateTable(request);
        } finally {
            db.enforceDecreaseQuota(false);
            db.callAs(caller);
        }
    }

    private ApiHandler(Database database, Runnable beforeRequest) {
        this(database, database == null ? null : new DatabaseMeter(database), beforeRequest);
    }

    private ApiHandler(Database database, DatabaseMeter meter, Runnable beforeRequest) {
        this.beforeRequest = beforeRequest;
        this.database = database;
        this.meter = meter;
        this.tables = new TableResponses();
    }

    /** The auto scaling operations, or a ValidationException when this handler's clock does not move. */
    ScalingOperations scaling() {
        if (scaling == null) {
            throw DynamoDbException.validation("auto scaling needs simulated time to pass between requests: run the api without "
                    + "--frozen (and with a spacing above 0)");
        }
        return scaling;
    }

    /** Lets DynasimPutPrincipal read policy documents with {@code reader} (JSON text and policy ARN to a policy). */
    public ApiHandler policyReader(BiFunction<String, String, Policy> reader) {
        this.policyReader = reader;
        return this;
    }

    /** Lets DynasimGetBill bill at {@code prices} and write the bill with {@code billJson} (a bill to JSON text). */
    public ApiHandler billing(PriceSheet prices, Function<Bill, String> billJson) {
        this.prices = prices;
        this.billJson = billJson;
        return this;
    }

    /** The bill of everything so far at the prices in effect on {@code pricedOn} (null: the sheet's current prices), as JSON text. */
    String billJson(java.time.LocalDate pricedOn) {
        if (prices == null || billJson == null) throw DynamoDbException.validation("this dynasim api has no price sheet to bill with");
        return billJson.apply(meter.bill(prices, pricedOn == null ? prices.current() : pricedOn, database.now()));
    }

    /** Lets DynasimWhatIf run what-if replays with {@code runner} (the request body to the comparison as JSON text). */
    public ApiHandler whatIf(Function<JsonNode, String> runner) {
        this.whatIf = runner;
        return this;
    }

    /** The what-if runner, or a ValidationException when this handler was built without one. */
    Function<JsonNode, String> whatIfRunner() {
        if (whatIf == null) throw DynamoDbException.validation("this dynasim api cannot run what-if replays: no scenario runner was given");
        return whatIf;
    }

    /** Adds (or replaces) a principal that requests may name in their {@code principal} field. */
    public void addPrincipal(Principal principal) {
        principals.put(principal.arn(), principal);
    }

    /** The principals known, by ARN. */
    public Map<String, Principal> principals() {
        return Collections.unmodifiableMap(principals);
    }

    /** The policy reader, or a ValidationException when this handler was built without one. */
    BiFunction<String, String, Policy> policyReader() {
        if (policyReader == null) throw DynamoDbException.validation("this dynasim api cannot read IAM policies: no policy reader was given");
        return policyReader;
    }

    /**
     * As {@link #answer(String, JsonNode)}, made as the principal with ARN {@code principalArn} (null:
     * unauthorised, as DynamoDB Local): DynamoDB operations are authorised against its IAM policies;
     * dynasim's admin operations are refused (AccessDeniedException), so that no principal can change
     * its own rights. An unknown ARN gets UnrecognizedClientException.
     */
    public ObjectNode answer(String operation, JsonNode request, String principalArn) {
        if (principalArn == null) return answer(operation, request);
        Principal principal = principals.get(principalArn);
        String name = unprefixed(operation);
        DynamoDbException refused = principal == null ? new DynamoDbException(ErrorCode.UnrecognizedClientException, UNRECOGNIZED_CLIENT)
                : AdminOperations.isAdmin(name) ? new DynamoDbException(ErrorCode.AccessDeniedException, "User: " + principalArn
                        + " is not authorized to perform: " + name + " because dynasim's admin operations are not made as a principal"
                        + " (a principal could otherwise change its own policies); send them without a principal")
                : null;
        if (refused == null) return database.as(principal, () -> answer(operation, request));
        beforeRequest.run(); // the line still takes its place in simulated time
        ObjectNode line = WireJson.object();
        line.set("error", WireErrors.body(refused));
        return line;
    }

    private static String unprefixed(String operation) {
        String name = operation == null ? "" : operation;
        return name.startsWith(TARGET_PREFIX) ? name.substring(TARGET_PREFIX.length()) : name;
    }

    /** The database this handler runs against. */
    public Database database() {
        return database;
    }

    /** Runs one operation: the wire response body, or a DynamoDbException with DynamoDB's error. */
    public ObjectNode handle(String operation, JsonNode request) {
        beforeRequest.run();
        try {
            return dispatch(unprefixed(operation), request);
        } catch (DynamoDbException e) {
            throw e;
        } catch (RuntimeException | StackOverflowError e) {
            throw new DynamoDbException(ErrorCode.InternalServerError, "Internal error in dynasim while running "
                    + operation + " (a dynasim bug, please report it): " + e);
        }
    }

    /** Runs one operation and answers {@code {"response": body}} or {@code {"error": {"__type", "message", ...}}}. */
    public ObjectNode answer(String operation, JsonNode request) {
        ObjectNode line = WireJson.object();
        try {
            line.set("response", handle(operation, request));
        } catch (DynamoDbException e) {
            line.set("error", WireErrors.body(e));
        }
        return line;
    }

    private ObjectNode dispatch(String operation, JsonNode body) {
        switch (operation) {
            case "DescribeLimits":
                return TableResponses.describeLimits(database == null ? AccountLimits.DEFAULTS : database.describeLimits());
            case "PutItem":
            case "GetItem":
            case "UpdateItem":
            case "DeleteItem":
            case "Query":
            case "Scan":
            case "BatchGetItem":
            case "BatchWriteItem":
            case "TransactGetItems":
            case "TransactWriteItems":
            case "CreateTable":
            case "DescribeTable":
            case "UpdateTable":
            case "DeleteTable":
            case "ListTables":
            case "ExecuteStatement":
                return run(operation, WireRequest.of(body));
            default:
                if (AdminOperations.isAdmin(operation) && database != null) {
                    return new AdminOperations(database, this).run(operation, WireRequest.of(body));
                }
                throw new DynamoDbException(ErrorCode.UnknownOperationException, UNKNOWN_OPERATION);
        }
    }

    private ObjectNode run(String operation, WireRequest r) {
        return switch (operation) {
            case "PutItem" -> ItemResponses.put(database.putItem(ItemRequests.put(r)));
            case "GetItem" -> ItemResponses.get(database.getItem(ItemRequests.get(r)));
            case "UpdateItem" -> ItemResponses.update(database.updateItem(ItemRequests.update(r)));
            case "DeleteItem" -> ItemResponses.delete(database.deleteItem(ItemRequests.delete(r)));
            case "Query" -> ItemResponses.query(database.query(ReadRequests.query(r)));
            case "Scan" -> ItemResponses.query(database.scan(ReadRequests.scan(r)));
            case "BatchGetItem" -> MultiItemResponses.batchGet(database.batchGetItem(MultiItemRequests.batchGet(r)));
            case "BatchWriteItem" -> MultiItemResponses.batchWrite(database.batchWriteItem(MultiItemRequests.batchWrite(r)));
            case "TransactGetItems" -> MultiItemResponses.transactGet(database.transactGetItems(MultiItemRequests.transactGet(r)));
            case "TransactWriteItems" -> MultiItemResponses.transactWrite(database.transactWriteItems(MultiItemRequests.transactWrite(r)));
            case "CreateTable" -> tables.wrap("TableDescription", database.createTable(TableRequests.create(r)));
            case "DescribeTable" -> tables.wrap("Table", database.describeTable(TableRequests.tableName(r)));
            case "UpdateTable" -> tables.wrap("TableDescription", database.updateTable(TableRequests.update(r)));
            case "DeleteTable" -> tables.wrap("TableDescription", database.deleteTable(TableRequests.tableName(r)));
            case "ListTables" -> listTables(r);
            default -> executeStatement(r);
        };
    }

    private ObjectNode listTables(WireRequest r) {
        String start = r.string("ExclusiveStartTableName");
        Integer limit = TableRequests.listLimit(r);
        return TableResponses.listTables(database.listTables(start, limit));
    }

    private ObjectNode executeStatement(WireRequest r) {
        String statement = r.requiredString("Statement");
        JsonNode params = r.node("Parameters");
        List<AttributeValue> parameters = params == null ? null : AttributeValueCodec.decodeList(params);
        String token = r.string("NextToken");
        boolean consistentRead = r.bool("ConsistentRead");
        Integer limit = r.integer("Limit");
        r.returnConsumedCapacity();
        r.violations().throwIfAny();
        QueryResult result = database.executeStatement(PartiQlSelect.parse(statement, parameters, consistentRead, limit,
                token == null ? null : decodeToken(token)));
        ObjectNode body = WireJson.object();
        body.set("Items", ItemResponses.items(result.items() == null ? List.of() : result.items()));
        if (result.lastEvaluatedKey() != null) {
            String json = WireJson.write(AttributeValueCodec.encodeMap(result.lastEvaluatedKey()));
            body.put("NextToken", Base64.getEncoder().encodeToString(json.getBytes(StandardCharsets.UTF_8)));
        }
        return body;
    }

    private static Map<String, AttributeValue> decodeToken(String token) {
        try {
            JsonNode key = WireJson.mapper().readTree(Base64.getDecoder().decode(token));
            if (key == null || !key.isObject()) throw DynamoDbException.validation("Given NextToken is not valid");
            return AttributeValueCodec.decodeMap(key);
        } catch (IllegalArgumentException | IOException | DynamoDbException e) {
            throw DynamoDbException.validation("Given NextToken is not valid");
        }
    }
}
