package dev.dynasim.engine.sim;

import dev.dynasim.engine.model.AttributeValue;
import dev.dynasim.engine.model.DynamoDbException;
import dev.dynasim.engine.model.KeySchema;
import dev.dynasim.engine.model.ScalarType;
import dev.dynasim.engine.model.ThrottlingCause;
import dev.dynasim.engine.table.Database;
import dev.dynasim.engine.table.DeleteItemRequest;
import dev.dynasim.engine.table.GetItemRequest;
import dev.dynasim.engine.table.PutItemRequest;
import dev.dynasim.engine.table.QueryRequest;
import dev.dynasim.engine.table.ReturnConsumedCapacity;
import dev.dynasim.engine.table.ScanRequest;
import dev.dynasim.engine.table.UpdateItemRequest;
import dev.dynasim.engine.workload.RequestSpec;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Turns a workload's request descriptions into real data-plane calls (item-level fidelity): the
 * key goes to the table's partition key (and its sort key to the sort key of a composite table), a put writes an
 * item of the described size, and a scan reads the next page of {@link #SCAN_PAGE_ITEMS} items after
 * the previous scan of the same table (its scan cursor), starting over once the table is read through.
 * Answers whether the request was served or throttled.
 */
final class RequestRunner {
    /** Items a workload's Scan asks for per page (its Limit); a simulator choice, the page also stops at 1 MB (F1.6). */
    static final int SCAN_PAGE_ITEMS = 100;
    /** Longest digit run read as a number key: 19 digits, a sequential key's counter, within N's 38 digits (F1.4). */
    private static final int MAX_KEY_DIGITS = 19;
    /** Initial capacity of a request's key and item maps: room for three attributes without resizing. */
    private static final int SMALL_MAP = 4;
    /** Name of the attribute that pads an item to its described size. */
    private static final String PAYLOAD = "payload";

    private final Database db;
    /** Per table, where the next scan page starts (absent or null: at the beginning). */
    private final Map<String, Map<String, AttributeValue>> scanCursors = new java.util.HashMap<>();

    RequestRunner(Database db) {
        this.db = db;
    }

    /** Runs one request; null when served, else the throttling error's first cause. Other errors propagate. */
    ThrottlingCause run(String table, RequestSpec spec) {
        KeySchema schema = db.spec(table).keySchema();
        Map<String, AttributeValue> key = key(schema, spec);
        try {
            switch (spec.operation()) {
                case GET -> db.getItem(new GetItemRequest(table, key, spec.consistentRead(), null, null, null,
                        ReturnConsumedCapacity.NONE));
                case PUT -> db.putItem(new PutItemRequest(table, item(key, spec.itemBytes()), null, null, null, null,
                        ReturnConsumedCapacity.NONE, false, null, null, null));
                case UPDATE -> db.updateItem(new UpdateItemRequest(table, key, "SET #p = :p", null,
                        Map.of("#p", PAYLOAD), Map.of(":p", padding(spec.itemBytes())), null, ReturnConsumedCapacity.NONE,
                        false, null, null, null, null));
                case DELETE -> db.deleteItem(new DeleteItemRequest(table, key, null, null, null, null,
                        ReturnConsumedCapacity.NONE, false, null, null, null));
                case QUERY -> db.query(new QueryRequest(table, null, "#k = :k", null, null,
                        Map.of("#k", schema.partitionKey().name()), Map.of(":k", key.get(schema.partitionKey().name())),
                        null, null, spec.consistentRead(), null, null, ReturnConsumedCapacity.NONE, null, null, null, null));
                case SCAN -> scanCursors.put(table, db.scan(new ScanRequest(table, null, null, null, null, null, null,
                        SCAN_PAGE_ITEMS, spec.consistentRead(), null, null, scanCursors.get(table), ReturnConsumedCapacity.NONE,
                        null, null, null)).lastEvaluatedKey());
            }
            return null;
        } catch (DynamoDbException e) {
            if (e.throttlingReasons() != null && !e.throttlingReasons().isEmpty()) return e.throttlingReasons().get(0);
            throw e;
        }
    }

    /** The partition key value a request description addresses on a table. */
    AttributeValue partitionKey(String table, RequestSpec spec) {
        KeySchema schema = db.spec(table).keySchema();
        return typed(schema.partitionKey().type(), spec.key());
    }

    private static Map<String, AttributeValue> key(KeySchema schema, RequestSpec spec) {
        Map<String, AttributeValue> key = new LinkedHashMap<>(SMALL_MAP);
        key.put(schema.partitionKey().name(), typed(schema.partitionKey().type(), spec.key()));
        if (schema.sortKey() != null) key.put(schema.sortKey().name(), typed(schema.sortKey().type(), spec.sortKey()));
        return key;
    }

    /**
     * A workload's key text as a value of the key's type: for N, the key's number when it is a name
     * ending in its only digits ("key-42" is 42, a sequential key its counter, so numeric keys keep
     * their order), otherwise a number derived from the text.
     */
    static AttributeValue typed(ScalarType type, String value) {
        return switch (type) {
            case S -> AttributeValue.s(value);
            case N -> AttributeValue.n(number(value));
            case B -> AttributeValue.b(value.getBytes(StandardCharsets.UTF_8));
        };
    }

    private static String number(String key) {
        int i = key.length();
        while (i > 0 && Character.isDigit(key.charAt(i - 1))) i--;
        boolean onlyTrailingDigits = i < key.length() && key.length() - i <= MAX_KEY_DIGITS;
        for (int j = 0; j < i && onlyTrailingDigits; j++) onlyTrailingDigits = !Character.isDigit(key.charAt(j));
        return onlyTrailingDigits ? new java.math.BigInteger(key.substring(i)).toString() : String.valueOf(Math.abs((long) key.hashCode()));
    }

    private Map<String, AttributeValue> item(Map<String, AttributeValue> key, int bytes) {
        Map<String, AttributeValue> item = new LinkedHashMap<>(SMALL_MAP);
        item.putAll(key);
        item.put(PAYLOAD, padding(bytes));
        return item;
    }

    private final Map<Integer, AttributeValue> paddings = new java.util.HashMap<>();

    /** A payload value for an item of about {@code bytes} bytes, made once per size. */
    private AttributeValue padding(int bytes) {
        if (bytes == lastPaddingBytes) return lastPadding;
        AttributeValue p = paddings.get(bytes);
        if (p == null) {
            p = AttributeValue.s("x".repeat(Math.max(0, bytes - PAYLOAD.length() - 20)));
            paddings.put(bytes, p);
        }
        lastPaddingBytes = bytes;
        lastPadding = p;
        return p;
    }

    /** The last padding handed out, since most workloads use one item size. */
    private int lastPaddingBytes = -1;
    private AttributeValue lastPadding;
}
