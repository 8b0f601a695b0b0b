package dev.dynasim.engine.billing;

/**
 * What one table used over a billing period, in the units it is billed in: on-demand read and write
 * request units, provisioned read and write capacity-unit-hours (the capacity in force, hour by hour),
 * and storage in GB-months (items, their 100-byte overheads and index entries, integrated over time).
 */
public record BillableUsage(String table, TableClass tableClass, double onDemandReadUnits, double onDemandWriteUnits,
                            double readCapacityUnitHours, double writeCapacityUnitHours, double storageGbMonths) {

    /** Checks the amounts. */
    public BillableUsage {
        if (table == null || table.isBlank()) throw new IllegalArgumentException("usage names its table");
        if (tableClass == null) tableClass = TableClass.STANDARD;
        for (double d : new double[] {onDemandReadUnits, onDemandWriteUnits, readCapacityUnitHours, writeCapacityUnitHours, storageGbMonths}) {
            if (!(d >= 0) || Double.isInfinite(d)) throw new IllegalArgumentException("usage amounts are finite and >= 0");
        }
    }
}
