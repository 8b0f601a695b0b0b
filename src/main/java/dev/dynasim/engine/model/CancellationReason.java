package dev.dynasim.engine.model;

import java.util.Map;

/**
 * Why one action of a transaction was cancelled: a code such as {@code None} or
 * {@code ConditionalCheckFailed}, an optional message, and the item when the request asked for it
 * (facts file V13).
 */
public record CancellationReason(String code, String message, Map<String, AttributeValue> item) {

    /** The reason given for an action that did not cause the cancellation. */
    public static CancellationReason none() {
        return new CancellationReason("None", null, null);
    }
}
