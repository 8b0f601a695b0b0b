package dev.dynasim.engine.table;

import dev.dynasim.engine.model.AttributeValue;
import java.util.Collections;
import java.util.Iterator;
import java.util.Map;
import java.util.NoSuchElementException;

/**
 * Walks a store in key-space order (groups by token, entries by sort key) for a Scan: within
 * one segment, strictly after an exclusive start position when one is given.
 */
final class ScanCursor implements Iterator<StoredItem> {
    /** Where a previous page stopped: a partition key value and a position in its group. */
    record Start(AttributeValue partitionKey, SortKey position) {
    }

    private final Segments segments;
    private final Iterator<ItemGroup> groups;
    private Iterator<StoredItem> entries;
    private StoredItem next;

    ScanCursor(SortedStore store, Segments segments, Start start) {
        this.segments = segments;
        if (start == null) {
            this.groups = store.groupsInTokenOrder().iterator();
            this.entries = Collections.emptyIterator();
        } else {
            ItemGroup probe = new ItemGroup(start.partitionKey());
            ItemGroup existing = store.group(start.partitionKey());
            this.groups = store.groupsInTokenOrder().tailSet(probe, false).iterator();
            this.entries = existing == null || !segments.contains(existing.token)
                    ? Collections.emptyIterator()
                    : existing.entries.tailMap(start.position(), false).values().iterator();
        }
        this.next = advance();
    }

    private StoredItem advance() {
        while (true) {
            if (entries.hasNext()) return entries.next();
            if (!groups.hasNext()) return null;
            ItemGroup g = groups.next();
            if (segments.contains(g.token)) entries = g.entries.values().iterator();
        }
    }

    @Override
    public boolean hasNext() {
        return next != null;
    }

    @Override
    public StoredItem next() {
        if (next == null) throw new NoSuchElementException();
        StoredItem n = next;
        next = advance();
        return n;
    }

}
