package dev.dynasim.engine.table;

import dev.dynasim.engine.model.AttributeValue;
import dev.dynasim.engine.model.IndexSpec;
import dev.dynasim.engine.model.KeySchema;
import dev.dynasim.engine.partition.KeyHasher;

/**
 * How index entries with equal index keys are ordered. DynamoDB promises no order there;
 * dynasim orders them as DynamoDB Local does, so that answers match it item for item
 * (oracle idx-query-lsiKeys-fetch, idx-query-lsiAll): by a digest of the table key parts the
 * index does not already hold.
 */
enum TieBreak {
    /** The index key already identifies the item. */
    NONE,
    /** By the digest of the table's sort key (LSIs; GSIs keyed on the table's partition key). */
    SORT_KEY_DIGEST,
    /** By the digest of the digests of the table's partition and sort keys. */
    KEY_PAIR_DIGEST,
    /** By the digest of the table's partition key (tables without a sort key the index lacks). */
    PARTITION_KEY_DIGEST;

    /** The tie-break an index uses under a table's key. */
    static TieBreak of(IndexSpec index, KeySchema table) {
        KeySchema k = index.keySchema();
        boolean hasTablePartitionKey = k.contains(table.partitionKey().name());
        boolean lacksTableSortKey = table.sortKey() != null && !k.contains(table.sortKey().name());
        if (!index.global() || hasTablePartitionKey) return lacksTableSortKey ? SORT_KEY_DIGEST : NONE;
        return lacksTableSortKey ? KEY_PAIR_DIGEST : PARTITION_KEY_DIGEST;
    }

    /** The tie-break value of an entry with the given table key, or null for NONE. */
    AttributeValue value(AttributeValue tablePartitionKey, AttributeValue tableSortKey) {
        return switch (this) {
            case NONE -> null;
            case SORT_KEY_DIGEST -> AttributeValue.b(KeyHasher.digest(tableSortKey));
            case KEY_PAIR_DIGEST -> AttributeValue.b(KeyHasher.digest(
                    KeyHasher.digest(tablePartitionKey), KeyHasher.digest(tableSortKey)));
            case PARTITION_KEY_DIGEST -> AttributeValue.b(KeyHasher.digest(tablePartitionKey));
        };
    }
}
