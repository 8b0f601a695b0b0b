package dev.dynasim.engine.billing;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.MathContext;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * One table's meter over a run, advanced tick by tick: the request units consumed while the table is
 * on demand, the provisioned capacity in force (table plus GSIs) integrated into capacity-unit-hours,
 * and the stored bytes (items, their 100-byte overheads, index entries) integrated into GB-months
 * (1 GB = 2^30 bytes; a month is 720 hours, as the facts file counts it). It keeps the same figures
 * hour by hour too, for a bill's hourly and daily subtotals: time-based charges are split across the
 * hours a tick spans, request units go to the hour the tick starts in. Request units are summed as
 * doubles and GB-months rounded once to a double, for the whole run and for each hour apart, so the
 * hours add up to the whole to about 16 significant digits, not exactly.
 */
public final class TableMeter {
    private static final BigDecimal BYTE_MILLIS_PER_GB_MONTH = BigDecimal.valueOf(1L << 30)
            .multiply(BigDecimal.valueOf(3_600_000L * Bill.HOURS_PER_MONTH));
    private static final long HOUR_MILLIS = 3_600_000;

    private final String table;
    private final TableClass tableClass;
    private double onDemandReadUnits;
    private double onDemandWriteUnits;
    /** Capacity units in force times milliseconds, exact (converted to hours only when asked). */
    private long rcuMillis;
    private long wcuMillis;
    /** Bytes stored times milliseconds, exact (converted to GB-months only when asked). */
    private final Integral byteMillis = new Integral();
    private double lastReadUnits;
    private double lastWriteUnits;
    private RequestUnitDetail lastDetail = RequestUnitDetail.NONE;
    private RequestUnitDetail onDemandDetail = RequestUnitDetail.NONE;
    /** The same figures per simulated hour (hour number since time zero). */
    private final SortedMap<Long, Hour> hours = new TreeMap<>();

    /** One hour's usage: request units, capacity unit-milliseconds, GB-months. */
    private static final class Hour {
        double readUnits;
        double writeUnits;
        long rcuMillis;
        long wcuMillis;
        final Integral byteMillis = new Integral();
    }

    /** A sum of products of two longs, exact however large it grows. */
    private static final class Integral {
        private long small;
        private BigInteger large = BigInteger.ZERO;

        void add(long a, long b) {
            try {
                small = Math.addExact(small, Math.multiplyExact(a, b));
            } catch (ArithmeticException overflow) {
                large = large.add(BigInteger.valueOf(a).multiply(BigInteger.valueOf(b)));
            }
        }

        /** The sum as GB-months: bytes x milliseconds / (2^30 x 3,600,000 x 720), rounded once to a double. */
        double gbMonths() {
            BigDecimal sum = new BigDecimal(large.add(BigInteger.valueOf(small)));
            return sum.divide(BYTE_MILLIS_PER_GB_MONTH, MathContext.DECIMAL128).doubleValue();
        }
    }

    /** A meter for {@code table} of the Standard class, at zero. */
    public TableMeter(String table) {
        this(table, TableClass.STANDARD, 0, 0, RequestUnitDetail.NONE);
    }

    /**
     * A meter for {@code table} while it is of {@code tableClass}, starting from the table's running
     * totals of read and write units so far (those before belong to an earlier meter).
     */
    public TableMeter(String table, TableClass tableClass, double readUnitsSoFar, double writeUnitsSoFar, RequestUnitDetail detailSoFar) {
        this.table = table;
        this.tableClass = tableClass;
        resumeAt(readUnitsSoFar, writeUnitsSoFar, detailSoFar);
    }

    /**
     * Adds the tick [{@code startMillis}, {@code endMillis}) given the table's running totals of read
     * and write units: what they grew by in the tick is billed per request while the table is on
     * demand; the provisioned capacity units in force are billed by the hour otherwise; the bytes
     * stored are billed by the month. An empty tick bills only the request units since the last one.
     */
    public void tick(long startMillis, long endMillis, boolean onDemand, double totalReadUnits, double totalWriteUnits,
                     long readCapacityUnits, long writeCapacityUnits, long storedBytes) {
        tick(startMillis, endMillis, onDemand, totalReadUnits, totalWriteUnits, RequestUnitDetail.NONE, readCapacityUnits,
                writeCapacityUnits, storedBytes);
    }

    /** As {@link #tick(long, long, boolean, double, double, long, long, long)}, with the running totals of what the units were spent on. */
    public void tick(long startMillis, long endMillis, boolean onDemand, double totalReadUnits, double totalWriteUnits,
                     RequestUnitDetail totalDetail, long readCapacityUnits, long writeCapacityUnits, long storedBytes) {
        if (endMillis < startMillis) throw new IllegalArgumentException("a tick ends before it starts");
        double readUnits = totalReadUnits - lastReadUnits;
        double writeUnits = totalWriteUnits - lastWriteUnits;
        if (readUnits < 0 || writeUnits < 0) {
            throw new IllegalStateException("the running totals of " + table + " went backwards (" + totalReadUnits + " read and "
                    + totalWriteUnits + " write units after " + lastReadUnits + " and " + lastWriteUnits + "): a fresh table needs a fresh meter");
        }
        RequestUnitDetail detail = totalDetail.minus(lastDetail);
        lastReadUnits = totalReadUnits;
        lastWriteUnits = totalWriteUnits;
        lastDetail = totalDetail;
        if (onDemand && (readUnits != 0 || writeUnits != 0)) {
            onDemandReadUnits += readUnits;
            onDemandWriteUnits += writeUnits;
            onDemandDetail = onDemandDetail.plus(detail);
            Hour h = hour(Math.floorDiv(startMillis, HOUR_MILLIS));
            h.readUnits += readUnits;
            h.writeUnits += writeUnits;
        }
        for (long from = startMillis; from < endMillis; ) {
            long index = Math.floorDiv(from, HOUR_MILLIS);
            long to = Math.min(endMillis, (index + 1) * HOUR_MILLIS);
            long millis = to - from;
            Hour h = hour(index);
            if (!onDemand) {
                rcuMillis += readCapacityUnits * millis;
                wcuMillis += writeCapacityUnits * millis;
                h.rcuMillis += readCapacityUnits * millis;
                h.wcuMillis += writeCapacityUnits * millis;
            }
            byteMillis.add(storedBytes, millis);
            h.byteMillis.add(storedBytes, millis);
            from = to;
        }
    }

    /** The table's running total of read units as last metered here. */
    public double lastReadUnits() {
        return lastReadUnits;
    }

    /** The table's running total of write units as last metered here. */
    public double lastWriteUnits() {
        return lastWriteUnits;
    }

    /** The table's running totals of what its units were spent on, as last metered here. */
    public RequestUnitDetail lastDetail() {
        return lastDetail;
    }

    /** Takes up metering again after a spell under another meter: the units up to these running totals were not this meter's. */
    public void resumeAt(double readUnitsSoFar, double writeUnitsSoFar, RequestUnitDetail detailSoFar) {
        lastReadUnits = readUnitsSoFar;
        lastWriteUnits = writeUnitsSoFar;
        lastDetail = detailSoFar;
    }

    private Hour hour(long index) {
        return hours.computeIfAbsent(index, i -> new Hour());
    }

    /** What the table used in each simulated hour it was metered in, by hour number since time zero. */
    public SortedMap<Long, BillableUsage> usageByHour() {
        SortedMap<Long, BillableUsage> out = new TreeMap<>();
        for (Map.Entry<Long, Hour> e : hours.entrySet()) {
            Hour h = e.getValue();
            out.put(e.getKey(), new BillableUsage(table, tableClass, h.readUnits, h.writeUnits, hours(h.rcuMillis), hours(h.wcuMillis),
                    h.byteMillis.gbMonths()));
        }
        return out;
    }

    /** What the table has used so far, as a bill counts it. */
    public BillableUsage usage() {
        return new BillableUsage(table, tableClass, onDemandReadUnits, onDemandWriteUnits, hours(rcuMillis), hours(wcuMillis),
                byteMillis.gbMonths(), onDemandDetail);
    }

    /** Unit-milliseconds as unit-hours, to 34 significant digits. */
    private static BigDecimal hours(long unitMillis) {
        return BigDecimal.valueOf(unitMillis).divide(BigDecimal.valueOf(3_600_000), MathContext.DECIMAL128).stripTrailingZeros();
    }
}
