package dev.dynasim.engine.table;

import dev.dynasim.engine.model.AttributeValue;
import dev.dynasim.engine.partition.Token;
import java.util.List;

/**
 * A write worked out but not yet made: where the item goes, how its collection and its index
 * entries change, and what it costs. Planning first lets a request be admitted (or throttled) and
 * a batch or transaction be checked whole before anything is stored.
 */
record WritePlan(AttributeValue partitionKey, Token token, SortKey sortKey, long collectionDelta,
                 List<IndexChange> indexChanges, WriteOutcome outcome) {

    /** One index entry replaced by another (either may be null). */
    record IndexChange(SecondaryIndex index, StoredItem oldEntry, StoredItem newEntry) {
    }
}
