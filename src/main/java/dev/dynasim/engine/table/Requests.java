package dev.dynasim.engine.table;

import dev.dynasim.engine.model.DynamoDbException;
import java.util.Map;
import java.util.Set;

/** Checks shared by several operations, with DynamoDB's messages. */
final class Requests {
    private Requests() {
    }

    /** The request's ReturnValues, NONE when absent, rejected when not one of {@code allowed}. */
    static ReturnValue returnValues(ReturnValue requested, Set<ReturnValue> allowed) {
        ReturnValue r = requested == null ? ReturnValue.NONE : requested;
        if (!allowed.contains(r)) throw DynamoDbException.validation("Return values set to invalid value");
        return r;
    }

    /** Rejects an item that changes a key attribute (facts V9). */
    static void checkKeyNotUpdated(Table table, Set<String> written) {
        for (String name : written) {
            if (table.key().contains(name)) {
                throw DynamoDbException.validation("One or more parameter values were invalid: Cannot update attribute "
                        + name + ". This attribute is part of the key");
            }
        }
    }

    /** An empty map for null. */
    static <K, V> Map<K, V> orEmpty(Map<K, V> m) {
        return m == null ? Map.of() : m;
    }
}
