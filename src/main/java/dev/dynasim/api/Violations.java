package dev.dynasim.api;

import dev.dynasim.engine.model.DynamoDbException;

import java.util.ArrayList;
import java.util.List;

/**
 * The request-shape constraint violations of one call, reported together as DynamoDB's
 * {@code N validation error(s) detected: Value 'x' at 'path' failed to satisfy constraint: ...}.
 */
final class Violations {
    private final List<String> messages = new ArrayList<>(0);

    /** Records that a value (null when absent) at a member path breaks a constraint. */
    void add(String value, String path, String constraint) {
        String shown = value == null ? "null" : "'" + value + "'";
        messages.add("Value " + shown + " at '" + path + "' failed to satisfy constraint: " + constraint);
    }

    /** True when nothing was recorded. */
    boolean isEmpty() {
        return messages.isEmpty();
    }

    /** Throws the ValidationException for everything recorded, if anything was. */
    void throwIfAny() {
        if (messages.isEmpty()) return;
        int n = messages.size();
        throw DynamoDbException.validation(n + " validation error" + (n == 1 ? "" : "s") + " detected: "
                + String.join("; ", messages));
    }
}
