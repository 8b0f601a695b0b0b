package dev.dynasim.engine.table;

import java.util.List;

/**
 * What one item write did: the item before and after (either may be null), the table's write
 * units, and the units charged to each affected secondary index.
 */
record WriteOutcome(StoredItem before, StoredItem after, double tableUnits, List<IndexWrite> indexWrites) {

    /** Table plus index units. */
    double totalUnits() {
        double t = tableUnits;
        for (IndexWrite w : indexWrites) t += w.units();
        return t;
    }
}
