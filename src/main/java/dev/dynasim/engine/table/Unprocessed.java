package dev.dynasim.engine.table;

import dev.dynasim.engine.model.DynamoDbException;
import dev.dynasim.engine.model.ErrorCode;

/**
 * How a batch meets throttling: each item is admitted on its own, throttled items come back as
 * UnprocessedKeys or UnprocessedItems, and only when every item is throttled does the whole call
 * fail with the throttling error (API_BatchGetItem, API_BatchWriteItem). An item whose partition's
 * replica group cannot serve it (InternalServerError) comes back unprocessed the same way.
 */
final class Unprocessed {
    private final int items;
    private int throttled;
    private DynamoDbException first;

    Unprocessed(int items) {
        this.items = items;
    }

    /** Runs one item's admission; false (and remembered) when it was throttled. */
    boolean admitted(Runnable admission) {
        try {
            admission.run();
            return true;
        } catch (DynamoDbException e) {
            if (e.throttlingReasons() == null && e.code() != ErrorCode.InternalServerError) throw e;
            throttled++;
            if (first == null) first = e;
            return false;
        }
    }

    /** Throws the first throttling error when no item at all was admitted. */
    void throwIfAllThrottled() {
        if (items > 0 && throttled == items) throw first;
    }
}
