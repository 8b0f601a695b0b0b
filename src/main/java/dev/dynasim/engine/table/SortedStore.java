package dev.dynasim.engine.table;

import dev.dynasim.engine.model.AttributeValue;
import java.util.HashMap;
import java.util.Map;
import java.util.NavigableSet;
import java.util.TreeSet;

/**
 * Entries grouped by partition key value: a hash map for point lookups and a set of groups in
 * token order for scans, so that a Scan walks the key space as DynamoDB's partitions hold it.
 */
final class SortedStore {
    private final Map<AttributeValue, ItemGroup> groups = new HashMap<>();
    private final NavigableSet<ItemGroup> inTokenOrder = new TreeSet<>();

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
        ItemGroup g = groups.get(partitionKey);
        if (g == null) {
            g = new ItemGroup(partitionKey);
            groups.put(partitionKey, g);
            inTokenOrder.add(g);
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
            inTokenOrder.remove(g);
        }
        return removed;
    }

    /** Groups in token order. */
    NavigableSet<ItemGroup> groupsInTokenOrder() {
        return inTokenOrder;
    }

    /** Drops every entry. */
    void clear() {
        groups.clear();
        inTokenOrder.clear();
    }
}
