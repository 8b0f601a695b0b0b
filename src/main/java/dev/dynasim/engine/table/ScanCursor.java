package dev.dynasim.engine.table;

import dev.dynasim.engine.model.AttributeValue;
import java.util.Collections;
import java.util.Iterator;

/**
 * Walks a store in key-space order (groups by token, entries by sort key) for a Scan: within
 * one segment, strictly after an exclusive start position when one is given.
 */
final class ScanCursor {
    /** Where a previous page stopped: a partition key value and a position in its group. */
    record Start(AttributeValue partitionKey, SortKey position) {
    }

    private final Segments segments;
    private final Iterator<ItemGroup> groups;
    private Iterator<StoredItem> entries;

    private ScanCursor(SortedStore store, Segments segments, Start start) {
        this.segments = segments;
        if (start == null) {
            this.groups = store.groupsInTokenOrder().iterator();
            this.entries = Collections.emptyIterator();
        } else {
            ItemGroup existing = store.group(start.partitionKey());
            this.groups = store.groupsInTokenOrder().tailSet(new ItemGroup(start.partitionKey()), false).iterator();
            this.entries = existing == null || !segments.contains(existing.token)
                    ? Collections.emptyIterator()
                    : existing.entries.tailMap(start.position(), false).values().iterator();
        }
    }

    /** The entries of a store in scan order, within a segment, after an optional start. */
    static Iterator<StoredItem> entries(SortedStore store, Segments segments, Start start) {
        return new LookaheadIterator<>(new ScanCursor(store, segments, start)::advance);
    }

    private StoredItem advance() {
        while (true) {
            if (entries.hasNext()) return entries.next();
            if (!groups.hasNext()) return null;
            ItemGroup g = groups.next();
            if (segments.contains(g.token)) entries = g.entries.values().iterator();
        }
    }
}
