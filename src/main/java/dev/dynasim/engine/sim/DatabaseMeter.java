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
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * The meter of a whole database, one {@link TableMeter} per table (kept after a table is deleted, as
 * its usage stays billed): advanced tick by tick by whoever drives the clock (a simulation, the JSON
 * API), it bills request units while a table is on demand, its capacity in force (table plus GSIs)
 * while provisioned, and its storage, at the prices of its table class (a change of class starts a new
 * meter, so a bill shows the table under each class it had).
 */
public final class DatabaseMeter {
    private final Database database;
    /** One meter per table and table class it has had (a switch of class starts a new one), by table name then class. */
    private final Map<String, Map<TableClass, TableMeter>> meters = new TreeMap<>();
    /** Each table's class at the last tick. */
    private final Map<String, TableClass> classes = new TreeMap<>();

    /** A meter of {@code database}, at zero. */
    public DatabaseMeter(Database database) {
        this.database = database;
    }

    /** Meters the tick [{@code start}, {@code end}) of every table ({@code start == end}: request units since the last tick only). */
    public void tick(long start, long end) {
        for (String table : database.tableNames()) {
            TableSpec spec = database.spec(table);
            long rcu = spec.throughput().readCapacityUnits();
            long wcu = spec.throughput().writeCapacityUnits();
            for (IndexSpec i : spec.globalIndexes()) {
                if (i.throughput() != null) {
                    rcu += i.throughput().readCapacityUnits();
                    wcu += i.throughput().writeCapacityUnits();
                }
            }
            Usage u = database.usage(table);
            TableClass tableClass = database.tableClass(table);
            RequestUnitDetail detail = new RequestUnitDetail(u.indexReadUnits(), u.indexWriteUnits(), u.transactionalReadUnits(),
                    u.transactionalWriteUnits());
            TableClass before = classes.put(table, tableClass);
            Map<TableClass, TableMeter> byClass = meters.computeIfAbsent(table, t -> new EnumMap<>(TableClass.class));
            if (before != null && before != tableClass) {
                // the units served since the last tick are billed at the old class's prices, the change being made at some point in it
                byClass.get(before).tick(start, start, spec.billingMode() == BillingMode.PAY_PER_REQUEST, u.readUnits(),
                        u.writeUnits(), detail, 0, 0, 0);
                if (byClass.containsKey(tableClass)) byClass.get(tableClass).resumeAt(u.readUnits(), u.writeUnits(), detail);
            }
            // a table seen for the first time is metered from its creation; after a switch, from the switch on
            boolean switched = before != null;
            byClass.computeIfAbsent(tableClass, c -> switched ? new TableMeter(table, c, u.readUnits(), u.writeUnits(), detail)
                            : new TableMeter(table, c, 0, 0, RequestUnitDetail.NONE))
                    .tick(start, end, spec.billingMode() == BillingMode.PAY_PER_REQUEST, u.readUnits(), u.writeUnits(), detail, rcu, wcu,
                            database.storage(table).totalBytes());
        }
    }

    /** What each table has used up to {@code now}, as a bill counts it (tables in name order), direct calls since the last tick included. */
    public List<BillableUsage> usage(long now) {
        tick(now, now);
        return meters.values().stream().flatMap(m -> m.values().stream()).map(TableMeter::usage).toList();
    }

    /** The bill of everything metered up to {@code now}, with hourly subtotals, at the prices in effect on {@code pricedOn}. */
    public Bill bill(PriceSheet prices, LocalDate pricedOn, long now) {
        List<BillableUsage> usage = usage(now);
        SortedMap<Long, List<BillableUsage>> byHour = new TreeMap<>();
        for (TableMeter m : meters.values().stream().flatMap(byClass -> byClass.values().stream()).toList()) {
            m.usageByHour().forEach((hour, u) -> byHour.computeIfAbsent(hour, h -> new ArrayList<>()).add(u));
        }
        return Bill.forMillis(prices, pricedOn, now, usage, byHour);
    }
}
