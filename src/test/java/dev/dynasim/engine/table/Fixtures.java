package dev.dynasim.engine.table;

import dev.dynasim.engine.model.AttributeValue;
import dev.dynasim.engine.model.ItemSizes;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Short ways to build tables, items of exact sizes and requests for the engine's tests. */
final class Fixtures {
    private Fixtures() {
    }

    /** An on-demand table "tbl" keyed by pk (S) [and sk (N)], with optional GSIs and LSIs. */
    static CreateTableRequest table(boolean withSortKey, List<IndexDefinition> gsis, List<IndexDefinition> lsis,
                                    AttributeDefinition... extra) {
        List<AttributeDefinition> defs = new ArrayList<>(List.of(new AttributeDefinition("pk", "S")));
        List<KeySchemaElement> key = new ArrayList<>(List.of(new KeySchemaElement("pk", "HASH")));
        if (withSortKey) {
            defs.add(new AttributeDefinition("sk", "N"));
            key.add(new KeySchemaElement("sk", "RANGE"));
        }
        defs.addAll(List.of(extra));
        return new CreateTableRequest("tbl", defs, key, "PAY_PER_REQUEST", null, gsis, lsis, null);
    }

    /**
     * A database whose simulated clock moves one second on every reading, so that loading many
     * items into one partition is never throttled for want of simulated time.
     */
    static Database tickingDatabase() {
        long[] seconds = {0};
        return new Database(() -> 1_000 * seconds[0]++, Account.LOCAL);
    }

    /** A database with table "tbl" keyed by pk (S) and sk (N), on a ticking clock. */
    static Database database() {
        Database db = tickingDatabase();
        db.createTable(table(true, null, null));
        return db;
    }

    /** An item of exactly {@code bytes} bytes with key pk (and sk when not null), padded with attribute "p". */
    static Map<String, AttributeValue> item(String pk, Integer sk, long bytes, Object... more) {
        Map<String, AttributeValue> item = new LinkedHashMap<>();
        item.put("pk", AttributeValue.s(pk));
        if (sk != null) item.put("sk", AttributeValue.n(sk));
        for (int i = 0; i < more.length; i += 2) item.put((String) more[i], (AttributeValue) more[i + 1]);
        long base = ItemSizes.itemBytes(item) + 1;
        if (bytes < base) throw new IllegalArgumentException("item too small for its attributes: " + bytes);
        item.put("p", AttributeValue.s("x".repeat((int) (bytes - base))));
        return item;
    }

    /** A key map pk [, sk]. */
    static Map<String, AttributeValue> key(String pk, Integer sk) {
        Map<String, AttributeValue> key = new LinkedHashMap<>();
        key.put("pk", AttributeValue.s(pk));
        if (sk != null) key.put("sk", AttributeValue.n(sk));
        return key;
    }

    /** PutItem reporting TOTAL capacity. */
    static PutItemRequest put(Map<String, AttributeValue> item) {
        return new PutItemRequest("tbl", item, null, null, null, null, ReturnConsumedCapacity.TOTAL, false, null, null, null);
    }

    /** PutItem with a condition, reporting INDEXES capacity. */
    static PutItemRequest put(Map<String, AttributeValue> item, String condition) {
        return new PutItemRequest("tbl", item, condition, null, null, null, ReturnConsumedCapacity.INDEXES, false, null, null, null);
    }

    /** GetItem reporting TOTAL capacity. */
    static GetItemRequest get(Map<String, AttributeValue> key, boolean consistent) {
        return new GetItemRequest("tbl", key, consistent, null, null, null, ReturnConsumedCapacity.TOTAL);
    }

    /** Query of one partition key value, reporting INDEXES capacity. */
    static QueryRequest query(String index, String keyCondition, Map<String, AttributeValue> values, boolean consistent,
                              String projection) {
        return new QueryRequest("tbl", index, keyCondition, null, projection, null, values, null, null, consistent, null, null,
                ReturnConsumedCapacity.INDEXES, null, null, null, null);
    }
}
