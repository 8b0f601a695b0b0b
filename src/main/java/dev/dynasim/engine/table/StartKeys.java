package dev.dynasim.engine.table;

import dev.dynasim.engine.model.AttributeValue;
import dev.dynasim.engine.model.DynamoDbException;
import dev.dynasim.engine.model.KeyElement;
import dev.dynasim.engine.model.KeySchema;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;

/**
 * Checks an ExclusiveStartKey: exactly the table's key attributes (and, on an index, the index's),
 * each of its defined type, and for a Query inside the queried partition; otherwise a
 * ValidationException in dynalite's wording, as DynamoDB answers it.
 */
final class StartKeys {
    private static final String INVALID = "The provided starting key is invalid: The provided key element does not match the schema";
    private static final String OUTSIDE = "The provided starting key is outside query boundaries based on provided conditions";

    private StartKeys() {
    }

    /** Checks a start key of a Query or Scan; {@code partitionKey} is the queried value, or null for a Scan. */
    static void check(Table table, SecondaryIndex index, Map<String, AttributeValue> start, AttributeValue partitionKey) {
        if (start == null) return;
        Set<KeyElement> required = new LinkedHashSet<>();
        add(required, table.key());
        if (index != null) add(required, index.spec.keySchema());
        if (start.size() != required.size()) throw DynamoDbException.validation(INVALID);
        for (KeyElement k : required) {
            AttributeValue v = start.get(k.name());
            if (v == null || !k.type().matches(v)) throw DynamoDbException.validation(INVALID);
        }
        if (partitionKey != null) {
            KeySchema queried = index == null ? table.key() : index.spec.keySchema();
            if (!AttributeValues.sameValue(start.get(queried.partitionKey().name()), partitionKey)) {
                throw DynamoDbException.validation(OUTSIDE);
            }
        }
    }

    private static void add(Set<KeyElement> required, KeySchema key) {
        required.add(key.partitionKey());
        if (key.sortKey() != null) required.add(key.sortKey());
    }
}
