package dev.dynasim.bench;

import static dev.dynasim.engine.model.AttributeValue.n;
import static dev.dynasim.engine.model.AttributeValue.s;

import dev.dynasim.engine.model.AttributeValue;
import dev.dynasim.engine.model.ItemSizes;
import dev.dynasim.engine.table.AttributeDefinition;
import dev.dynasim.engine.table.CreateTableRequest;
import dev.dynasim.engine.table.Account;
import dev.dynasim.engine.table.Database;
import dev.dynasim.engine.table.KeySchemaElement;
import dev.dynasim.engine.table.PutItemRequest;
import dev.dynasim.engine.table.ReturnConsumedCapacity;
import dev.dynasim.engine.table.ReturnValue;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The tables and items the benchmarks share: an on-demand table, keys in a fixed space, items of a chosen size. */
final class BenchTables {

    /** Items per table in the GetItem and PutItem benchmarks; requests cycle over this key space. */
    static final int KEY_SPACE = 1024;

    /** The size, by DynamoDB's byte rules, of the "1 KB" items. */
    static final int ONE_KB = 1024;

    private BenchTables() {
    }

    /** An on-demand table keyed by a string partition key {@code pk}. */
    static CreateTableRequest stringKeyTable(String tableName) {
        return new CreateTableRequest(tableName,
                List.of(new AttributeDefinition("pk", "S")),
                List.of(new KeySchemaElement("pk", "HASH")),
                "PAY_PER_REQUEST", null, null, null, null);
    }

    /** An on-demand table keyed by a string partition key {@code pk} and a numeric sort key {@code sk}. */
    static CreateTableRequest stringAndNumberKeyTable(String tableName) {
        return new CreateTableRequest(tableName,
                List.of(new AttributeDefinition("pk", "S"), new AttributeDefinition("sk", "N")),
                List.of(new KeySchemaElement("pk", "HASH"), new KeySchemaElement("sk", "RANGE")),
                "PAY_PER_REQUEST", null, null, null, null);
    }

    /** The partition key text of key number {@code i}, e.g. {@code customer#0042}. */
    static String partitionKey(int i) {
        return String.format("customer#%04d", i);
    }

    /** An item with the given key attributes, a name, a number and a string payload padded to exactly {@code bytes}. */
    static Map<String, AttributeValue> item(Map<String, AttributeValue> key, int bytes) {
        Map<String, AttributeValue> item = new LinkedHashMap<>(key);
        item.put("name", s("Ada Lovelace"));
        item.put("balance", n("1234.56"));
        item.put("payload", s(""));
        long padding = bytes - ItemSizes.itemBytes(item);
        if (padding < 0) {
            throw new IllegalArgumentException("an item with key " + key + " is larger than " + bytes + " bytes");
        }
        item.put("payload", s("x".repeat((int) padding)));
        return Map.copyOf(item);
    }

    /** A plain PutItem of an item: no condition, no return values. */
    static PutItemRequest put(String tableName, Map<String, AttributeValue> item) {
        return new PutItemRequest(tableName, item, null, null, null, ReturnValue.NONE,
                ReturnConsumedCapacity.NONE, false, null, null, null);
    }

    /** A new database holding the table. */
    static Database databaseWith(CreateTableRequest table) {
        long[] seconds = {0};
        Database database = new Database(() -> 1_000 * seconds[0]++, Account.LOCAL);
        database.createTable(table);
        return database;
    }
}
