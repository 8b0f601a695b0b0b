package dev.dynasim.engine.table;

import dev.dynasim.engine.model.AttributeValue;
import dev.dynasim.engine.partition.KeyHash;
import dev.dynasim.engine.partition.Token;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Map;
import java.util.NavigableSet;
import java.util.TreeSet;

/**
 * Entries grouped by partition key value: a hash map for point lookups and the groups in scan
 * order: by token for a table and its LSIs, so that a Scan walks the key space as partitions hold
 * it; by key value for a GSI, as DynamoDB Local orders an index scan.
 */
final class SortedStore {
    /** Groups by token: a table's and an LSI's scan order. */
    static final Comparator<ItemGroup> BY_TOKEN = Comparator.naturalOrder();
    /** Groups by partition key value: a GSI's scan order. */
    static final Comparator<ItemGroup> BY_KEY = (a, b) -> AttributeValues.compare(a.partitionKey, b.partitionKey);

    private final Map<AttributeValue, ItemGroup> groups = new HashMap<>();
    private final NavigableSet<ItemGroup> inScanOrder;
    private final KeyHash hash;

    SortedStore(Comparator<ItemGroup> order, KeyHash hash) {
        this.inScanOrder = new TreeSet<>(order);
        this.hash = hash;
    }

    /** The token of a partition key value: its group's when it has one (hashing is not free), else hashed. */
    Token token(AttributeValue partitionKey) {
        ItemGroup g = groups.get(partitionKey);
        return g != null ? g.token : hash.token(partitionKey);
    }

    /** The entry at a position, or null. */
    StoredItem get(AttributeValue partitionKey, SortKey sortKey) {
        ItemGroup g = groups.get(partitionKey);
        return g == null ? null : g.entries.get(sortKey);
    }

    /** The group of a partition key value, or null. */
    ItemGroup group(AttributeValue partitionKey) {
        return groups.get(partitionKey);
    }

    /** The group of a partition key value, created if absent. */
    ItemGroup groupFor(AttributeValue partitionKey) {
        return groupFor(partitionKey, null);
    }

    /** The group of a partition key value, created with a known token (null: hash it) if absent. */
    ItemGroup groupFor(AttributeValue partitionKey, Token token) {
        ItemGroup g = groups.get(partitionKey);
        if (g == null) {
            g = new ItemGroup(partitionKey, token == null ? hash.token(partitionKey) : token);
            groups.put(partitionKey, g);
            inScanOrder.add(g);
        }
        return g;
    }

    /** Stores an entry and returns the one it replaced, or null. */
    StoredItem put(AttributeValue partitionKey, SortKey sortKey, StoredItem entry) {
        return groupFor(partitionKey).entries.put(sortKey, entry);
    }

    /** Removes an entry and returns it, or null; drops the group when it becomes empty. */
    StoredItem remove(AttributeValue partitionKey, SortKey sortKey) {
        ItemGroup g = groups.get(partitionKey);
        if (g == null) return null;
        StoredItem removed = g.entries.remove(sortKey);
        if (g.entries.isEmpty()) {
            groups.remove(partitionKey);
            inScanOrder.remove(g);
        }
        return removed;
    }

    /** Groups in scan order. */
    NavigableSet<ItemGroup> groupsInScanOrder() {
        return inScanOrder;
    }
}
