package dev.dynasim.engine.billing;

/**
 * What some request units were spent on, beyond plain reads and writes of a table: on secondary
 * indexes (a Query or Scan of an index; the writes that keep indexes up to date), and on transactions'
 * own items (billed at two units per 4 KB read or 1 KB write, P4). A bill itemises on-demand units by
 * them; the index units of a transaction count as index units.
 */
public record RequestUnitDetail(double indexReadUnits, double indexWriteUnits, double transactionalReadUnits,
                                double transactionalWriteUnits) {
    /** No units of either kind. */
    public static final RequestUnitDetail NONE = new RequestUnitDetail(0, 0, 0, 0);

    /** Checks the amounts. */
    public RequestUnitDetail {
        for (double d : new double[] {indexReadUnits, indexWriteUnits, transactionalReadUnits, transactionalWriteUnits}) {
            if (!(d >= 0) || Double.isInfinite(d)) throw new IllegalArgumentException("request unit detail is finite and >= 0");
        }
    }

    /** These units less {@code earlier}'s (a tick's share of running totals). */
    public RequestUnitDetail minus(RequestUnitDetail earlier) {
        return new RequestUnitDetail(Math.max(0, indexReadUnits - earlier.indexReadUnits), Math.max(0, indexWriteUnits - earlier.indexWriteUnits),
                Math.max(0, transactionalReadUnits - earlier.transactionalReadUnits),
                Math.max(0, transactionalWriteUnits - earlier.transactionalWriteUnits));
    }

    /** These units plus {@code other}'s. */
    public RequestUnitDetail plus(RequestUnitDetail other) {
        return new RequestUnitDetail(indexReadUnits + other.indexReadUnits, indexWriteUnits + other.indexWriteUnits,
                transactionalReadUnits + other.transactionalReadUnits, transactionalWriteUnits + other.transactionalWriteUnits);
    }
}
