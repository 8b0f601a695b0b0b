package dev.dynasim.engine.table;

import dev.dynasim.engine.model.AttributeValue;
import dev.dynasim.engine.replication.ReplicaGroup;
import dev.dynasim.engine.replication.WriteTicket;
import java.util.ArrayDeque;
import java.util.HashMap;
import java.util.Iterator;
import java.util.Map;

/**
 * The recent writes of a table's items that some follower may not have applied yet: per item, each
 * write's ticket and the item as it was before it (null: absent). The store holds what the leader
 * has; a follower sees, for an item, the value before the oldest write it has not applied. Writes
 * every follower has applied are dropped at the end of each tick.
 */
final class VersionLog {
    /** An item's position: partition key value and sort key (its hash computed once: keys are looked up often). */
    static final class ItemKey {
        private final AttributeValue partitionKey;
        private final SortKey sortKey;
        private final int hash;

        ItemKey(AttributeValue partitionKey, SortKey sortKey) {
            this.partitionKey = partitionKey;
            this.sortKey = sortKey;
            this.hash = 31 * partitionKey.hashCode() + sortKey.hashCode();
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof ItemKey k && hash == k.hash && partitionKey.equals(k.partitionKey) && sortKey.equals(k.sortKey);
        }

        @Override
        public int hashCode() {
            return hash;
        }
    }

    /** A logged write in write order: the item's key and its versions. */
    private record Logged(ItemKey key, ArrayDeque<Version> versions) {
    }

    /** One write of an item: its ticket and the item before it. */
    record Version(WriteTicket ticket, StoredItem before) {
    }

    /** What a replica sees of an item: the value, how many writes it is behind and since when (ms). */
    record Seen(StoredItem item, int versionsBehind, long stalenessMillis) {
    }

    private final Map<ItemKey, ArrayDeque<Version>> versions = new HashMap<>();
    /** Every logged write, oldest first: pruning walks it from the front. */
    private ArrayDeque<Logged> order = new ArrayDeque<>();
    /** The log's length after the last full compaction (see {@link #prune}). */
    private int compacted;
    /** Below this many logged writes the log is never compacted in full. */
    private static final int COMPACT_MIN = 4_096;

    /** Records a write of the item at {@code key}, which held {@code before}. */
    void record(ItemKey key, WriteTicket ticket, StoredItem before) {
        ArrayDeque<Version> vs = versions.computeIfAbsent(key, k -> new ArrayDeque<>(2));
        vs.addLast(new Version(ticket, before));
        order.addLast(new Logged(key, vs));
    }

    /** What slot {@code slot} of {@code group} sees at {@code instant} of the item the leader holds as {@code current}. */
    Seen seen(ItemKey key, StoredItem current, ReplicaGroup group, int slot, long instant) {
        ArrayDeque<Version> vs = versions.isEmpty() ? null : versions.get(key);
        if (vs == null) return new Seen(current, 0, 0);
        StoredItem visible = current;
        int behind = 0;
        long oldest = -1;
        for (Iterator<Version> it = vs.descendingIterator(); it.hasNext(); ) {
            Version v = it.next();
            if (group.applied(slot, v.ticket(), instant)) break;
            visible = v.before();
            behind++;
            oldest = v.ticket().committedMillis();
        }
        return new Seen(visible, behind, behind == 0 ? 0 : Math.max(0, instant - oldest));
    }

    /**
     * Drops the writes no replica needs any more at {@code now}: an item's oldest write once every
     * follower has applied it or a later write of the item (a follower that was down catches up on
     * return). Oldest first, stopping at the first write still needed; when writes held up by a slow
     * replica have let the log double since the last full pass, a full pass drops the rest.
     */
    void prune(long now) {
        while (!order.isEmpty() && droppable(order.peekFirst().versions(), now)) drop(order.removeFirst());
        if (order.size() > Math.max(COMPACT_MIN, 2 * compacted)) {
            ArrayDeque<Logged> kept = new ArrayDeque<>();
            for (Logged l : order) {
                if (droppable(l.versions(), now)) drop(l);
                else kept.addLast(l);
            }
            order = kept;
            compacted = kept.size();
        }
    }

    private static boolean droppable(ArrayDeque<Version> vs, long now) {
        return appliedEverywhere(vs.peekFirst().ticket(), now) || appliedEverywhere(vs.peekLast().ticket(), now);
    }

    private void drop(Logged l) {
        l.versions().removeFirst();
        if (l.versions().isEmpty()) versions.remove(l.key());
    }

    private static boolean appliedEverywhere(WriteTicket t, long now) {
        for (long at : t.applyAtMillis()) if (at > now && at != Long.MAX_VALUE) return false;
        return true;
    }

    /** Items with writes some follower has not applied. */
    int size() {
        return versions.size();
    }
}
