package dev.dynasim.engine.table;

import dev.dynasim.engine.model.AttributeValue;
import java.util.Collections;
import java.util.Iterator;
import java.util.Map;
import java.util.NavigableMap;
import java.util.TreeMap;

/**
 * Walks a table or an index in scan order for a Scan, within one segment, strictly after an
 * exclusive start when one is given. Groups come in the store's scan order; an LSI orders a
 * group's entries by index sort key then table sort key; a GSI's entries belong to the segment of
 * their table partition key, as in DynamoDB Local.
 */
final class ScanCursor {
    /** Where a previous page stopped: a partition key value and a position in its group. */
    record Start(AttributeValue partitionKey, Map<String, AttributeValue> key) {
    }

    private final Segments segments;
    private final SecondaryIndex index;
    private final Table table;
    private final Iterator<ItemGroup> groups;
    private Iterator<StoredItem> entries;

    private ScanCursor(SortedStore store, SecondaryIndex index, Table table, Segments segments, Start start) {
        this.segments = segments;
        this.index = index;
        this.table = table;
        if (start == null) {
            this.groups = store.groupsInScanOrder().iterator();
            this.entries = Collections.emptyIterator();
        } else {
            ItemGroup existing = store.group(start.partitionKey());
            this.groups = store.groupsInScanOrder().tailSet(new ItemGroup(start.partitionKey(), store.token(start.partitionKey())), false).iterator();
            this.entries = existing == null ? Collections.emptyIterator()
                    : inScanOrder(existing).tailMap(scanPosition(start.key()), false).values().iterator();
        }
    }

    /** The entries of a table (index null) or an index in scan order, within a segment, after an optional start. */
    static Iterator<StoredItem> entries(Table table, SecondaryIndex index, Segments segments, Start start) {
        SortedStore store = index == null ? table.store : index.store;
        return new LookaheadIterator<>(new ScanCursor(store, index, table, segments, start)::advance);
    }

    private StoredItem advance() {
        while (true) {
            while (entries.hasNext()) {
                StoredItem e = entries.next();
                if (inSegment(e)) return e;
            }
            if (!groups.hasNext()) return null;
            ItemGroup g = groups.next();
            boolean perEntry = index != null && index.spec.global();
            if (perEntry || segments.contains(g.token)) entries = inScanOrder(g).values().iterator();
        }
    }

    private boolean inSegment(StoredItem entry) {
        if (index == null || !index.spec.global() || segments.equals(Segments.ALL)) return true;
        return segments.contains(table.hash.token(table.partitionKeyOf(entry.attributes())));
    }

    private NavigableMap<SortKey, StoredItem> inScanOrder(ItemGroup g) {
        if (index == null || index.spec.global()) return g.entries;
        NavigableMap<SortKey, StoredItem> byTableSortKey = new TreeMap<>();
        for (StoredItem e : g.entries.values()) byTableSortKey.put(index.scanPositionOf(e.attributes()), e);
        return byTableSortKey;
    }

    private SortKey scanPosition(Map<String, AttributeValue> key) {
        return index == null ? table.sortKeyOf(key) : index.scanPositionOf(key);
    }
}
