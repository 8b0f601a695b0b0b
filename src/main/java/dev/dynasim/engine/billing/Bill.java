package dev.dynasim.engine.billing;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * A bill for a period: one line per table and thing billed (on-demand request units, provisioned
 * capacity-hours, storage), then the always-free tier as negative account lines (P8: 25 WCU and 25 RCU
 * of provisioned capacity for every hour of the period, 25 GB of Standard storage per month of 720
 * hours). Amounts are exact; {@link #toString()} rounds them to the cent for display.
 */
public record Bill(String region, LocalDate pricedOn, BigDecimal periodHours, List<LineItem> lines, List<PeriodSubtotal> hours) {
    /** Hours in a billing month, as the facts file's examples count them (30 days). */
    public static final long HOURS_PER_MONTH = 720;
    private static final BigDecimal MILLION = BigDecimal.valueOf(1_000_000);
    private static final long HOUR_MILLIS = 3_600_000;
    private static final long DAY_MILLIS = 24 * HOUR_MILLIS;

    /** Copies the lines and the hourly subtotals. */
    public Bill {
        lines = List.copyOf(lines);
        hours = hours == null ? List.of() : List.copyOf(hours);
    }

    /** A bill without hourly subtotals. */
    public Bill(String region, LocalDate pricedOn, BigDecimal periodHours, List<LineItem> lines) {
        this(region, pricedOn, periodHours, lines, List.of());
    }

    /**
     * The bill of {@code usage} over a simulated span of {@code periodMillis}, with subtotals for each
     * hour of {@code usageByHour} (hour number since time zero to the usage of every table in it):
     * each hour's charges before the free tier, which the bill credits once for the whole period,
     * with its line items (the same lines as the whole bill's, priced on the hour's usage).
     * The hours' usage is metered in doubles, so they match the whole bill's charges to about 16
     * significant digits, not exactly ({@link PeriodSubtotal}).
     */
    public static Bill forMillis(PriceSheet prices, LocalDate pricedOn, long periodMillis, List<BillableUsage> usage,
                                 SortedMap<Long, List<BillableUsage>> usageByHour) {
        Bill whole = forMillis(prices, pricedOn, periodMillis, usage);
        List<PeriodSubtotal> hours = new ArrayList<>();
        for (Map.Entry<Long, List<BillableUsage>> e : usageByHour.entrySet()) {
            List<LineItem> charges = new ArrayList<>();
            for (BillableUsage u : e.getValue()) charges(charges, prices, pricedOn, u);
            BigDecimal amount = BigDecimal.ZERO;
            for (LineItem l : charges) amount = amount.add(l.amount());
            hours.add(new PeriodSubtotal(e.getKey() * HOUR_MILLIS, (e.getKey() + 1) * HOUR_MILLIS, amount, charges));
        }
        return new Bill(whole.region(), pricedOn, whole.periodHours(), whole.lines(), hours);
    }

    /** The hourly subtotals summed by UTC day of simulated time (day 0 starts at time zero). */
    public List<PeriodSubtotal> days() {
        Map<Long, BigDecimal> byDay = new TreeMap<>();
        for (PeriodSubtotal h : hours) byDay.merge(Math.floorDiv(h.fromMillis(), DAY_MILLIS), h.amount(), BigDecimal::add);
        List<PeriodSubtotal> out = new ArrayList<>();
        byDay.forEach((d, amount) -> out.add(new PeriodSubtotal(d * DAY_MILLIS, (d + 1) * DAY_MILLIS, amount)));
        return out;
    }

    /** The bill of {@code usage} over {@code periodHours} whole hours, at the prices in effect on {@code pricedOn}. */
    public static Bill of(PriceSheet prices, LocalDate pricedOn, long periodHours, List<BillableUsage> usage) {
        return of(prices, pricedOn, BigDecimal.valueOf(periodHours), usage);
    }

    /** The bill of {@code usage} over a simulated span of {@code periodMillis}, at the prices in effect on {@code pricedOn}. */
    public static Bill forMillis(PriceSheet prices, LocalDate pricedOn, long periodMillis, List<BillableUsage> usage) {
        return of(prices, pricedOn, BigDecimal.valueOf(periodMillis).divide(BigDecimal.valueOf(3_600_000), MathContext.DECIMAL128), usage);
    }

    /** The bill of {@code usage} over {@code periodHours} (exact), at the prices in effect on {@code pricedOn}. */
    public static Bill of(PriceSheet prices, LocalDate pricedOn, BigDecimal periodHours, List<BillableUsage> usage) {
        if (periodHours.signum() < 0) throw new IllegalArgumentException("the period must not be negative");
        List<LineItem> lines = new ArrayList<>();
        BigDecimal wcuHours = BigDecimal.ZERO;
        BigDecimal rcuHours = BigDecimal.ZERO;
        BigDecimal standardGbMonths = BigDecimal.ZERO;
        for (BillableUsage u : usage) {
            charges(lines, prices, pricedOn, u);
            // the free tier is credited at Standard prices against Standard-class usage; whether it also
            // covers Standard-IA the facts file does not say (P8), so it does not here
            if (u.tableClass() == TableClass.STANDARD_INFREQUENT_ACCESS) continue;
            wcuHours = wcuHours.add(u.writeCapacityUnitHours());
            rcuHours = rcuHours.add(u.readCapacityUnitHours());
            standardGbMonths = standardGbMonths.add(exact(u.storageGbMonths()));
        }
        BigDecimal hours = periodHours;
        free(lines, prices, pricedOn, "Free tier: provisioned write capacity", PriceKey.FREE_WRITE_CAPACITY, PriceKey.PROVISIONED_WRITE,
                wcuHours, prices.amount(PriceKey.FREE_WRITE_CAPACITY, pricedOn).multiply(hours));
        free(lines, prices, pricedOn, "Free tier: provisioned read capacity", PriceKey.FREE_READ_CAPACITY, PriceKey.PROVISIONED_READ,
                rcuHours, prices.amount(PriceKey.FREE_READ_CAPACITY, pricedOn).multiply(hours));
        free(lines, prices, pricedOn, "Free tier: storage (Standard)", PriceKey.FREE_STORAGE, PriceKey.STORAGE_STANDARD,
                standardGbMonths, prices.amount(PriceKey.FREE_STORAGE, pricedOn).multiply(hours)
                        .divide(BigDecimal.valueOf(HOURS_PER_MONTH), MathContext.DECIMAL128));
        return new Bill(prices.region(), pricedOn, periodHours, lines);
    }

    /** The lines one table's usage is charged, before the free tier, at its table class's prices. */
    private static void charges(List<LineItem> lines, PriceSheet prices, LocalDate pricedOn, BillableUsage u) {
        boolean ia = u.tableClass() == TableClass.STANDARD_INFREQUENT_ACCESS;
        String suffix = ia ? " (Standard-IA)" : "";
        RequestUnitDetail d = u.onDemandDetail();
        PriceKey write = ia ? PriceKey.ON_DEMAND_WRITE_IA : PriceKey.ON_DEMAND_WRITE;
        PriceKey read = ia ? PriceKey.ON_DEMAND_READ_IA : PriceKey.ON_DEMAND_READ;
        // plain units first, then those spent on indexes and on transactions (P4: two units each), at the same price
        BigDecimal writes = exact(u.onDemandWriteUnits());
        BigDecimal indexWrites = exact(d.indexWriteUnits()).min(writes);
        BigDecimal transactionalWrites = exact(d.transactionalWriteUnits()).min(writes.subtract(indexWrites));
        line(lines, prices, pricedOn, u.table(), "On-demand writes" + suffix, write,
                writes.subtract(indexWrites).subtract(transactionalWrites).divide(MILLION));
        line(lines, prices, pricedOn, u.table(), "On-demand writes: secondary index upkeep" + suffix, write, indexWrites.divide(MILLION));
        line(lines, prices, pricedOn, u.table(), "On-demand writes: transactional (2x)" + suffix, write, transactionalWrites.divide(MILLION));
        BigDecimal reads = exact(u.onDemandReadUnits());
        BigDecimal indexReads = exact(d.indexReadUnits()).min(reads);
        BigDecimal transactionalReads = exact(d.transactionalReadUnits()).min(reads.subtract(indexReads));
        line(lines, prices, pricedOn, u.table(), "On-demand reads" + suffix, read,
                reads.subtract(indexReads).subtract(transactionalReads).divide(MILLION));
        line(lines, prices, pricedOn, u.table(), "On-demand reads: secondary indexes" + suffix, read, indexReads.divide(MILLION));
        line(lines, prices, pricedOn, u.table(), "On-demand reads: transactional (2x)" + suffix, read, transactionalReads.divide(MILLION));
        line(lines, prices, pricedOn, u.table(), "Provisioned write capacity" + suffix,
                ia ? PriceKey.PROVISIONED_WRITE_IA : PriceKey.PROVISIONED_WRITE, u.writeCapacityUnitHours());
        line(lines, prices, pricedOn, u.table(), "Provisioned read capacity" + suffix,
                ia ? PriceKey.PROVISIONED_READ_IA : PriceKey.PROVISIONED_READ, u.readCapacityUnitHours());
        line(lines, prices, pricedOn, u.table(), ia ? "Storage (Standard-IA)" : "Storage (Standard)",
                ia ? PriceKey.STORAGE_STANDARD_IA : PriceKey.STORAGE_STANDARD, exact(u.storageGbMonths()));
    }

    private static BigDecimal exact(double d) {
        return new BigDecimal(Double.toString(d));
    }

    private static void line(List<LineItem> lines, PriceSheet prices, LocalDate on, String table, String what, PriceKey key,
                             BigDecimal quantity) {
        if (quantity.signum() == 0) return;
        Price p = prices.on(key, on);
        lines.add(new LineItem(table, what, quantity.stripTrailingZeros(), key.unit(), p.amount(), quantity.multiply(p.amount()), p.source()));
    }

    /** A negative account line for the free allowance actually used: at most {@code used}. */
    private static void free(List<LineItem> lines, PriceSheet prices, LocalDate on, String what, PriceKey allowance, PriceKey priced,
                             BigDecimal used, BigDecimal allowed) {
        BigDecimal quantity = used.min(allowed);
        if (quantity.signum() <= 0) return;
        Price p = prices.on(priced, on);
        lines.add(new LineItem(null, what, quantity.stripTrailingZeros(), priced.unit(), p.amount(), quantity.multiply(p.amount()).negate(),
                prices.on(allowance, on).source()));
    }

    /** The total, exact. */
    public BigDecimal total() {
        BigDecimal t = BigDecimal.ZERO;
        for (LineItem l : lines) t = t.add(l.amount());
        return t;
    }

    /** Subtotals by table, in line order ({@code null} key: the account's free-tier lines). */
    public Map<String, BigDecimal> byTable() {
        Map<String, BigDecimal> out = new LinkedHashMap<>();
        for (LineItem l : lines) out.merge(l.table() == null ? "(account)" : l.table(), l.amount(), BigDecimal::add);
        return out;
    }

    /**
     * The bill as an aligned text table, amounts rounded to the cent, then its subtotals by hour
     * (for up to two days) or by day.
     */
    @Override
    public String toString() {
        return BillText.render(this);
    }

    /** An amount in dollars, rounded half-up to the cent. */
    static String money(BigDecimal amount) {
        BigDecimal cents = amount.setScale(2, RoundingMode.HALF_UP);
        return (cents.signum() < 0 ? "-$" : "$") + String.format(Locale.ROOT, "%,.2f", cents.abs());
    }
}
