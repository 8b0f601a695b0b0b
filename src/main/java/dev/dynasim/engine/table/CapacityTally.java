package dev.dynasim.engine.table;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Adds up the units one request consumed on one table and its indexes, and reports them in the
 * shape ReturnConsumedCapacity asks for (TOTAL: one figure; INDEXES: table and per-index figures).
 */
final class CapacityTally {
    private final String tableName;
    private double tableUnits;
    private Map<String, Double> localIndexes;
    private Map<String, Double> globalIndexes;

    CapacityTally(String tableName) {
        this.tableName = tableName;
    }

    /** Adds units consumed on the table itself. */
    void addTable(double units) {
        tableUnits += units;
    }

    /** Adds units consumed on a secondary index. */
    void addIndex(String indexName, boolean global, double units) {
        Map<String, Double> m;
        if (global) {
            if (globalIndexes == null) globalIndexes = new LinkedHashMap<>();
            m = globalIndexes;
        } else {
            if (localIndexes == null) localIndexes = new LinkedHashMap<>();
            m = localIndexes;
        }
        m.merge(indexName, units, Double::sum);
    }

    /** Adds the table and index units of a write. */
    void add(WriteOutcome outcome) {
        addTable(outcome.tableUnits());
        List<IndexWrite> writes = outcome.indexWrites();
        for (int i = 0; i < writes.size(); i++) { // indexed: no iterator on the per-request path
            IndexWrite w = writes.get(i);
            addIndex(w.indexName(), w.global(), w.units());
        }
    }

    /** The units consumed on secondary indexes (the total less the table's own). */
    double indexUnits() {
        return total() - tableUnits;
    }

    /** Table plus index units. */
    double total() {
        double t = tableUnits;
        if (localIndexes != null) for (double v : localIndexes.values()) t += v;
        if (globalIndexes != null) for (double v : globalIndexes.values()) t += v;
        return t;
    }

    /**
     * The report for {@code mode}, or null for NONE. {@code kind} adds ReadCapacityUnits or
     * WriteCapacityUnits beside the total, as DynamoDB does for transactions; null adds neither.
     */
    ConsumedCapacity report(ReturnConsumedCapacity mode, UnitKind kind) {
        if (mode == null || mode == ReturnConsumedCapacity.NONE) return null;
        double total = total();
        Double read = kind == UnitKind.READ ? total : null;
        Double write = kind == UnitKind.WRITE ? total : null;
        if (mode == ReturnConsumedCapacity.TOTAL) {
            return new ConsumedCapacity(tableName, total, read, write, null, null, null);
        }
        return new ConsumedCapacity(tableName, total, read, write, new Capacity(tableUnits, null, null),
                capacities(localIndexes), capacities(globalIndexes));
    }

    private static Map<String, Capacity> capacities(Map<String, Double> units) {
        if (units == null || units.isEmpty()) return null;
        Map<String, Capacity> m = new LinkedHashMap<>();
        units.forEach((k, v) -> m.put(k, new Capacity(v, null, null)));
        return m;
    }

    /** Which per-kind figure a report carries beside its total. */
    enum UnitKind { READ, WRITE }
}
