package dev.dynasim.engine.table;

import dev.dynasim.engine.capacity.CapacityUnits;
import dev.dynasim.engine.capacity.OperationType;
import dev.dynasim.engine.capacity.ReadConsistency;
import dev.dynasim.engine.expr.Condition;
import dev.dynasim.engine.expr.ProjectionPaths;
import dev.dynasim.engine.model.AttributeValue;
import dev.dynasim.engine.model.KeySchema;
import dev.dynasim.engine.model.Limits;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads one page of a Query or Scan: evaluates entries in order until Limit entries or 1 MB
 * have been read (the limit applies before the filter, F1.6), filters and projects them, and
 * adds up what the page costs (sizes summed, then rounded once, F2.7-F2.8).
 */
final class ReadPage {
    private final Table table;
    private final SecondaryIndex index;
    private final Condition filter;
    private final ProjectionPaths projection;
    private final boolean countOnly;
    private final boolean fetchFromTable;
    private final ReadConsistency consistency;

    ReadPage(Table table, SecondaryIndex index, Condition filter, ProjectionPaths projection, boolean countOnly,
             boolean fetchFromTable, ReadConsistency consistency) {
        this.table = table;
        this.index = index;
        this.filter = filter;
        this.projection = projection;
        this.countOnly = countOnly;
        this.fetchFromTable = fetchFromTable;
        this.consistency = consistency;
    }

    /**
     * Reads from the candidates (entries in read order) and returns the page with its capacity,
     * once the partitions it read have admitted that capacity at {@code now}: all of it on the
     * queried partition ({@code partitionKey}), or for a Scan ({@code partitionKey} null) each
     * partition its share by bytes read.
     */
    QueryResult read(Iterator<StoredItem> candidates, Integer limit, ReturnConsumedCapacity rcc,
                     AttributeValue partitionKey, long now) {
        Map<AttributeValue, Long> bytesByKey = partitionKey == null ? new LinkedHashMap<>() : null;
        String routingKey = index != null && index.spec.global()
                ? index.spec.keySchema().partitionKey().name() : table.key().partitionKey().name();
        List<Map<String, AttributeValue>> items = countOnly ? null : new ArrayList<>();
        long bytes = 0;
        int scanned = 0;
        int count = 0;
        double fetchUnits = 0;
        StoredItem last = null;
        boolean more = false;
        java.util.function.UnaryOperator<StoredItem> replica = index == null && consistency == ReadConsistency.EVENTUAL
                ? table.replicaView() : null;
        while (candidates.hasNext()) {
            if (limit != null && scanned >= limit) {
                more = true;
                break;
            }
            StoredItem entry = candidates.next();
            if (replica != null) {
                entry = replica.apply(entry);
                if (entry == null) continue;
            }
            scanned++;
            bytes += entry.bytes();
            if (bytesByKey != null) bytesByKey.merge(entry.attributes().get(routingKey), entry.bytes(), Long::sum);
            last = entry;
            Map<String, AttributeValue> visible = entry.attributes();
            if (fetchFromTable) {
                StoredItem full = table.get(entry.attributes());
                fetchUnits += CapacityUnits.readUnits(full == null ? 0 : full.bytes(), consistency);
                if (full != null) visible = full.attributes();
            }
            if (filter == null || filter.test(visible)) {
                count++;
                if (items != null) items.add(projection == null ? visible : projection.apply(visible));
            }
            if (bytes >= Limits.MAX_PAGE_BYTES) {
                more = candidates.hasNext();
                break;
            }
        }
        if (limit != null && scanned >= limit) more = true;
        double pageUnits = CapacityUnits.readUnits(bytes, consistency);
        CapacityTally tally = new CapacityTally(table.name());
        if (index == null) {
            tally.addTable(pageUnits);
        } else {
            tally.addTable(fetchUnits);
            tally.addIndex(index.spec.name(), index.spec.global(), pageUnits);
        }
        admit(partitionKey, bytesByKey, bytes, pageUnits, fetchUnits, now);
        table.usage.read(tally.total(), tally.indexUnits(), false);
        Map<String, AttributeValue> lastKey = more && last != null ? lastEvaluatedKey(last.attributes()) : null;
        return new QueryResult(items, count, scanned, lastKey, tally.report(rcc, null));
    }

    private Map<String, AttributeValue> lastEvaluatedKey(Map<String, AttributeValue> entry) {
        Map<String, AttributeValue> key = new LinkedHashMap<>(table.key().keyOf(entry));
        if (index != null) {
            KeySchema k = index.spec.keySchema();
            key.put(k.partitionKey().name(), entry.get(k.partitionKey().name()));
            if (k.sortKey() != null) key.put(k.sortKey().name(), entry.get(k.sortKey().name()));
        }
        return key;
    }

    private void admit(AttributeValue partitionKey, Map<AttributeValue, Long> bytesByKey, long bytes, double pageUnits,
                       double fetchUnits, long now) {
        RequestAdmission admission = new RequestAdmission();
        Partitions read = table.partitionsFor(index);
        SortedStore routed = index != null && index.spec.global() ? index.store : table.store;
        boolean strong = consistency == ReadConsistency.STRONG;
        if (partitionKey != null) {
            table.checkPageRead(index, routed.token(partitionKey), strong);
            admission.add(read, routed.token(partitionKey), OperationType.Read, pageUnits);
            admission.add(table.partitions, table.store.token(partitionKey), OperationType.Read, fetchUnits);
        } else if (bytes > 0) {
            for (Map.Entry<AttributeValue, Long> e : bytesByKey.entrySet()) {
                table.checkPageRead(index, routed.token(e.getKey()), strong);
                admission.add(read, routed.token(e.getKey()), OperationType.Read, pageUnits * e.getValue() / bytes);
            }
        }
        table.admit(admission, now);
    }
}
