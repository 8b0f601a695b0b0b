package dev.dynasim.engine.table;

import dev.dynasim.engine.capacity.DecreaseQuota;
import dev.dynasim.engine.model.AttributeValue;
import dev.dynasim.engine.model.IndexSpec;
import dev.dynasim.engine.model.KeySchema;
import dev.dynasim.engine.model.Limits;
import dev.dynasim.engine.model.ProjectionType;
import dev.dynasim.engine.partition.KeyHash;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A secondary index at run time: its entries (the projected copy of every table item that has
 * the index's key attributes), sorted by index key then table key, with its size and count.
 */
final class SecondaryIndex {
    final IndexSpec spec;
    final KeySchema tableKey;
    final SortedStore store;
    long itemCount;
    long sizeBytes;
    /** Bytes of the projected entries themselves, what the index stores (for storage billing). */
    long entryBytes;
    private final TieBreak tieBreak;

    /** A GSI's own partitions and capacity (F2.16); null for an LSI, which uses its table's. */
    final Partitions partitions;
    /** A GSI's own daily limit on decreases of its capacity and the decreases made (P12); unused for an LSI. */
    final DecreaseQuota decreases = new DecreaseQuota();

    SecondaryIndex(IndexSpec spec, KeySchema tableKey, Partitions partitions, KeyHash hash) {
        this.spec = spec;
        this.tableKey = tableKey;
        this.store = new SortedStore(spec.global() ? SortedStore.BY_KEY : SortedStore.BY_TOKEN, hash);
        this.tieBreak = TieBreak.of(spec, tableKey);
        this.partitions = partitions;
    }

    /** The index entry for a table item, or null when the item lacks an index key attribute. */
    StoredItem entryOf(StoredItem stored) {
        if (stored == null) return null;
        Map<String, AttributeValue> item = stored.attributes();
        KeySchema k = spec.keySchema();
        if (!item.containsKey(k.partitionKey().name())) return null;
        if (k.sortKey() != null && !item.containsKey(k.sortKey().name())) return null;
        if (spec.projection().type() == ProjectionType.ALL) return stored;
        Map<String, AttributeValue> entry = new LinkedHashMap<>();
        copy(item, entry, tableKey.partitionKey().name());
        if (tableKey.sortKey() != null) copy(item, entry, tableKey.sortKey().name());
        copy(item, entry, k.partitionKey().name());
        if (k.sortKey() != null) copy(item, entry, k.sortKey().name());
        for (String a : spec.projection().nonKeyAttributes()) copy(item, entry, a);
        return StoredItem.of(entry);
    }

    /** Bytes an entry is charged at when written: LSI entries carry 100 bytes of overhead (oracle idx-entry-size-probe, F1.24). */
    long writeBytes(StoredItem entry) {
        return entry.bytes() + (spec.global() ? 0 : Limits.STORAGE_OVERHEAD_BYTES);
    }

    /** True when both entries sit at the same index key. */
    boolean sameIndexKey(StoredItem a, StoredItem b) {
        KeySchema k = spec.keySchema();
        if (!AttributeValues.sameValue(a.attributes().get(k.partitionKey().name()), b.attributes().get(k.partitionKey().name()))) {
            return false;
        }
        return k.sortKey() == null || AttributeValues.sameValue(
                a.attributes().get(k.sortKey().name()), b.attributes().get(k.sortKey().name()));
    }

    /**
     * The position of an entry in its group: the index sort key (if any), then the tie-break
     * DynamoDB Local orders equal index keys by (see {@link TieBreak}), then the table key.
     */
    SortKey positionOf(Map<String, AttributeValue> entry) {
        List<AttributeValue> parts = new ArrayList<>(4);
        if (spec.keySchema().sortKey() != null) parts.add(entry.get(spec.keySchema().sortKey().name()));
        AttributeValue tpk = entry.get(tableKey.partitionKey().name());
        AttributeValue tsk = tableKey.sortKey() == null ? null : entry.get(tableKey.sortKey().name());
        AttributeValue tie = tieBreak.value(tpk, tsk);
        if (tie != null) parts.add(tie);
        parts.add(tpk);
        if (tsk != null) parts.add(tsk);
        return SortKey.of(parts.toArray(new AttributeValue[0]));
    }

    /** Where a Scan meets an entry within its group: an LSI scan breaks ties by the table's sort key itself. */
    SortKey scanPositionOf(Map<String, AttributeValue> entry) {
        if (spec.global()) return positionOf(entry);
        return SortKey.of(entry.get(spec.keySchema().sortKey().name()), entry.get(tableKey.sortKey().name()));
    }

    /**
     * Replaces the entry of a table item (either side may be null). IndexSizeBytes adds up the
     * full size of every item in the index, whatever the projection, as DynamoDB Local reports it
     * (oracle describe-table-indexes).
     */
    void replace(StoredItem oldItem, StoredItem oldEntry, StoredItem newItem, StoredItem newEntry) {
        String pk = spec.keySchema().partitionKey().name();
        if (oldEntry != null) {
            store.remove(oldEntry.attributes().get(pk), positionOf(oldEntry.attributes()));
            itemCount--;
            sizeBytes -= oldItem.bytes();
            entryBytes -= oldEntry.bytes();
        }
        if (newEntry != null) {
            store.put(newEntry.attributes().get(pk), positionOf(newEntry.attributes()), newEntry);
            itemCount++;
            sizeBytes += newItem.bytes();
            entryBytes += newEntry.bytes();
        }
    }

    private static void copy(Map<String, AttributeValue> from, Map<String, AttributeValue> to, String name) {
        AttributeValue v = from.get(name);
        if (v != null) to.put(name, v);
    }
}
