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
    private final ArrayDeque<Logged> order = new ArrayDeque<>();

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
     * Drops, oldest first, the writes every follower has applied by {@code now} (a follower that was
     * down catches up on return); stops at the first write still pending somewhere, so a write held
     * up by a slow replica keeps the later ones a little longer.
     */
    void prune(long now) {
        while (!order.isEmpty()) {
            Logged first = order.peekFirst();
            ArrayDeque<Version> vs = first.versions();
            if (!appliedEverywhere(vs.peekFirst().ticket(), now)) return;
            vs.removeFirst();
            if (vs.isEmpty()) versions.remove(first.key());
            order.removeFirst();
        }
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
