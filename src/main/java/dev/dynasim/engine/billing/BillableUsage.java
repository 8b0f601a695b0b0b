package dev.dynasim.engine.billing;

import java.math.BigDecimal;

/**
 * What one table used over a billing period, in the units it is billed in: on-demand read and write
 * request units, provisioned read and write capacity-unit-hours (the capacity in force, hour by hour;
 * exact decimals, since a meter counts them in unit-milliseconds), and storage in GB-months (items,
 * their 100-byte overheads and index entries, integrated over time), and what the on-demand units
 * were spent on beyond plain table reads and writes.
 */
public record BillableUsage(String table, TableClass tableClass, double onDemandReadUnits, double onDemandWriteUnits,
                            BigDecimal readCapacityUnitHours, BigDecimal writeCapacityUnitHours, double storageGbMonths,
                            RequestUnitDetail onDemandDetail) {

    /** Checks the amounts. */
    public BillableUsage {
        if (table == null || table.isBlank()) throw new IllegalArgumentException("usage names its table");
        if (tableClass == null) tableClass = TableClass.STANDARD;
        if (onDemandDetail == null) onDemandDetail = RequestUnitDetail.NONE;
        for (double d : new double[] {onDemandReadUnits, onDemandWriteUnits, storageGbMonths}) {
            if (!(d >= 0) || Double.isInfinite(d)) throw new IllegalArgumentException("usage amounts are finite and >= 0");
        }
        if (readCapacityUnitHours.signum() < 0 || writeCapacityUnitHours.signum() < 0) {
            throw new IllegalArgumentException("capacity-hours must not be negative");
        }
    }

    /** Usage whose on-demand units are not itemised further. */
    public BillableUsage(String table, TableClass tableClass, double onDemandReadUnits, double onDemandWriteUnits,
                         BigDecimal readCapacityUnitHours, BigDecimal writeCapacityUnitHours, double storageGbMonths) {
        this(table, tableClass, onDemandReadUnits, onDemandWriteUnits, readCapacityUnitHours, writeCapacityUnitHours, storageGbMonths,
                RequestUnitDetail.NONE);
    }

    /** Usage with capacity-hours given as numbers (whole or decimal hours, e.g. 100 WCU for 720 hours = 72,000). */
    public BillableUsage(String table, TableClass tableClass, double onDemandReadUnits, double onDemandWriteUnits,
                         double readCapacityUnitHours, double writeCapacityUnitHours, double storageGbMonths) {
        this(table, tableClass, onDemandReadUnits, onDemandWriteUnits, new BigDecimal(Double.toString(readCapacityUnitHours)),
                new BigDecimal(Double.toString(writeCapacityUnitHours)), storageGbMonths);
    }

    /** This usage and {@code other}'s (the same table and class, e.g. two incarnations of a table deleted and created again) together. */
    public BillableUsage plus(BillableUsage other) {
        if (!table.equals(other.table) || tableClass != other.tableClass) {
            throw new IllegalArgumentException("only usage of the same table and class adds up: " + table + " and " + other.table);
        }
        return new BillableUsage(table, tableClass, onDemandReadUnits + other.onDemandReadUnits, onDemandWriteUnits + other.onDemandWriteUnits,
                readCapacityUnitHours.add(other.readCapacityUnitHours), writeCapacityUnitHours.add(other.writeCapacityUnitHours),
                storageGbMonths + other.storageGbMonths, onDemandDetail.plus(other.onDemandDetail));
    }
}
