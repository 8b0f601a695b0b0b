package dev.dynasim.engine.sim;

import dev.dynasim.engine.billing.Bill;
import dev.dynasim.engine.billing.BillableUsage;
import dev.dynasim.engine.billing.PriceSheet;
import dev.dynasim.engine.billing.RequestUnitDetail;
import dev.dynasim.engine.billing.TableClass;
import dev.dynasim.engine.billing.TableMeter;
import dev.dynasim.engine.model.BillingMode;
import dev.dynasim.engine.model.IndexSpec;
import dev.dynasim.engine.model.TableSpec;
import dev.dynasim.engine.table.Database;
import dev.dynasim.engine.table.Usage;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * The meter of a whole database, one {@link TableMeter} per table incarnation and table class (kept
 * after a table is deleted, as its usage stays billed): advanced tick by tick by whoever drives the
 * clock (a simulation, the JSON API), it bills request units while a table is on demand, its capacity
 * in force (table plus GSIs) while provisioned, and its storage, at the prices of its table class (a
 * change of class starts a new meter, so a bill shows the table under each class it had). Just before
 * UpdateTable or DeleteTable changes a table, the meter bills what the table used up to that moment
 * under its old settings; a table deleted and created again under the same name is a fresh table
 * whose usage adds to the old one's on the bill.
 */
public final class DatabaseMeter {
    /** Orders keys (table name, table class) by name, then class. */
    private static final Comparator<List<Object>> BY_TABLE_AND_CLASS = Comparator.<List<Object>, String>comparing(k -> (String) k.get(0))
            .thenComparing(k -> (TableClass) k.get(1));
    private final Database database;
    /** The incarnation of each existing table that the meter has seen, by table name. */
    private final Map<String, Incarnation> current = new TreeMap<>();
    /** Incarnations of tables since deleted, in the order they were replaced. */
    private final List<Incarnation> retired = new ArrayList<>();

    /** One incarnation of a table: its meters by class, its class at the last tick, and the time metered up to. */
    private static final class Incarnation {
        final String table;
        final long id;
        final Map<TableClass, TableMeter> meters = new EnumMap<>(TableClass.class);
        TableClass tableClass;
        long meteredUntil = Long.MIN_VALUE;

        Incarnation(String table, long id) {
            this.table = table;
            this.id = id;
        }
    }

    /** A meter of {@code database}, at zero. */
    public DatabaseMeter(Database database) {
        this.database = database;
        database.beforeTableChange(this::flush);
        database.afterTableCreated(this::created);
    }

    /**
     * Meters the tick [{@code start}, {@code end}) of every table ({@code start == end}: request units
     * since the last tick only); time a table was already metered for (up to a change) is not billed twice.
     */
    public void tick(long start, long end) {
        for (String table : database.tableNames()) meter(table, start, end);
    }

    /** Bills what {@code table} used up to now, before UpdateTable or DeleteTable changes it; the time after is billed under the change. */
    private void flush(String table) {
        long now = database.now();
        Incarnation inc = current.get(table);
        meter(table, inc == null || inc.meteredUntil == Long.MIN_VALUE ? now : inc.meteredUntil, now); // meter() never bills time twice
        Incarnation metered = current.get(table);
        metered.meteredUntil = Math.max(metered.meteredUntil, now);
    }

    /** Starts metering a table created now (a fresh incarnation) from this instant, not from the start of the tick. */
    private void created(String table) {
        incarnation(table).meteredUntil = database.now();
    }

    private void meter(String table, long start, long end) {
        Incarnation inc = incarnation(table);
        long from = Math.max(start, inc.meteredUntil);
        long to = Math.max(from, end);
        TableSpec spec = database.spec(table);
        long rcu = spec.throughput().readCapacityUnits();
        long wcu = spec.throughput().writeCapacityUnits();
        for (IndexSpec i : spec.globalIndexes()) {
            if (i.throughput() != null) {
                rcu += i.throughput().readCapacityUnits();
                wcu += i.throughput().writeCapacityUnits();
            }
        }
        boolean onDemand = spec.billingMode() == BillingMode.PAY_PER_REQUEST;
        Usage u = database.usage(table);
        TableClass tableClass = database.tableClass(table);
        RequestUnitDetail detail = new RequestUnitDetail(u.indexReadUnits(), u.indexWriteUnits(), u.transactionalReadUnits(),
                u.transactionalWriteUnits());
        TableClass before = inc.tableClass;
        inc.tableClass = tableClass;
        TableMeter meter = inc.meters.get(tableClass);
        if (before != null && before != tableClass) {
            // the class changed in an UpdateTable, which billed everything before it under the old class (flush):
            // what was served since is the new class's
            TableMeter old = inc.meters.get(before);
            if (meter == null) {
                meter = new TableMeter(table, tableClass, old.lastReadUnits(), old.lastWriteUnits(), old.lastDetail());
                inc.meters.put(tableClass, meter);
            } else {
                meter.resumeAt(old.lastReadUnits(), old.lastWriteUnits(), old.lastDetail());
            }
        } else if (meter == null) {
            meter = new TableMeter(table, tableClass, 0, 0, RequestUnitDetail.NONE); // an incarnation is metered from its creation
            inc.meters.put(tableClass, meter);
        }
        meter.tick(from, to, onDemand, u.readUnits(), u.writeUnits(), detail, rcu, wcu, database.storage(table).totalBytes());
        if (to > from) inc.meteredUntil = to;
    }

    /** The meters of the table's incarnation that exists now, retiring those of an earlier one deleted since. */
    private Incarnation incarnation(String table) {
        long id = database.incarnation(table);
        Incarnation inc = current.get(table);
        if (inc != null && inc.id == id) return inc;
        if (inc != null) retired.add(inc);
        Incarnation fresh = new Incarnation(table, id);
        current.put(table, fresh);
        return fresh;
    }

    private List<TableMeter> allMeters() {
        List<TableMeter> all = new ArrayList<>();
        for (Incarnation i : retired) all.addAll(i.meters.values());
        for (Incarnation i : current.values()) all.addAll(i.meters.values());
        return all;
    }

    /**
     * What each table has used up to {@code now}, as a bill counts it (tables in name order, then by
     * class; the incarnations of a re-created table added up), direct calls since the last tick included.
     */
    public List<BillableUsage> usage(long now) {
        tick(now, now);
        Map<List<Object>, BillableUsage> byTableAndClass = new TreeMap<>(BY_TABLE_AND_CLASS);
        for (TableMeter m : allMeters()) {
            BillableUsage u = m.usage();
            byTableAndClass.merge(List.of(u.table(), u.tableClass()), u, BillableUsage::plus);
        }
        return List.copyOf(byTableAndClass.values());
    }

    /** The bill of everything metered up to {@code now}, with hourly subtotals, at the prices in effect on {@code pricedOn}. */
    public Bill bill(PriceSheet prices, LocalDate pricedOn, long now) {
        List<BillableUsage> usage = usage(now);
        SortedMap<Long, Map<List<Object>, BillableUsage>> byHour = new TreeMap<>();
        for (TableMeter m : allMeters()) {
            m.usageByHour().forEach((hour, u) -> byHour.computeIfAbsent(hour, h -> new TreeMap<>(BY_TABLE_AND_CLASS))
                    .merge(List.of(u.table(), u.tableClass()), u, BillableUsage::plus));
        }
        SortedMap<Long, List<BillableUsage>> hours = new TreeMap<>();
        byHour.forEach((hour, m) -> hours.put(hour, List.copyOf(m.values())));
        return Bill.forMillis(prices, pricedOn, now, usage, hours);
    }
}
