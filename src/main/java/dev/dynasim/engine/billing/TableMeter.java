package dev.dynasim.engine.billing;

import java.math.BigDecimal;
import java.math.MathContext;

/**
 * One table's meter over a run, advanced tick by tick: the request units consumed while the table is
 * on demand, the provisioned capacity in force (table plus GSIs) integrated into capacity-unit-hours,
 * and the stored bytes (items, their 100-byte overheads, index entries) integrated into GB-months
 * (1 GB = 2^30 bytes; a month is 720 hours, as the facts file counts it).
 */
public final class TableMeter {
    private static final double MILLIS_PER_HOUR = 3_600_000.0;
    private static final double BYTES_PER_GB = 1024.0 * 1024 * 1024;

    private final String table;
    private TableClass tableClass = TableClass.STANDARD;
    private double onDemandReadUnits;
    private double onDemandWriteUnits;
    /** Capacity units in force times milliseconds, exact (converted to hours only when asked). */
    private long rcuMillis;
    private long wcuMillis;
    private double gbMonths;
    private double lastReadUnits;
    private double lastWriteUnits;

    /** A meter for {@code table}, at zero. */
    public TableMeter(String table) {
        this.table = table;
    }

    /**
     * Adds one tick of {@code tickMillis} given the table's running totals of read and write units: what
     * they grew by in the tick is billed per request while the table is on demand; the provisioned
     * capacity units in force are billed by the hour otherwise; the bytes stored are billed by the month.
     */
    public void tick(long tickMillis, boolean onDemand, double totalReadUnits, double totalWriteUnits, long readCapacityUnits,
                     long writeCapacityUnits, long storedBytes) {
        double hours = tickMillis / MILLIS_PER_HOUR;
        double readUnits = totalReadUnits - lastReadUnits;
        double writeUnits = totalWriteUnits - lastWriteUnits;
        lastReadUnits = totalReadUnits;
        lastWriteUnits = totalWriteUnits;
        if (onDemand) {
            onDemandReadUnits += readUnits;
            onDemandWriteUnits += writeUnits;
        } else {
            rcuMillis += readCapacityUnits * tickMillis;
            wcuMillis += writeCapacityUnits * tickMillis;
        }
        gbMonths += storedBytes / BYTES_PER_GB * hours / Bill.HOURS_PER_MONTH;
    }

    /** What the table has used so far, as a bill counts it. */
    public BillableUsage usage() {
        return new BillableUsage(table, tableClass, onDemandReadUnits, onDemandWriteUnits, hours(rcuMillis), hours(wcuMillis),
                gbMonths);
    }

    /** Unit-milliseconds as unit-hours, to 34 significant digits. */
    private static BigDecimal hours(long unitMillis) {
        return BigDecimal.valueOf(unitMillis).divide(BigDecimal.valueOf(3_600_000), MathContext.DECIMAL128).stripTrailingZeros();
    }
}
