package dev.dynasim.engine.sim;

import java.util.List;
import java.util.Objects;

/**
 * The outcome of running a scenario: the simulated span, total requests served and throttled,
 * the per-interval summary rows, the scheduled events applied, every table and GSI at the end,
 * the splits with their time and cause, the hot partitions no split could help, and each table's
 * replication (tables with replication activity), and the requests IAM denied, by principal, table
 * and operation.
 * {@link #toString()} renders it as aligned text.
 */
public record ScenarioReport(String scenario, long seed, long tickMillis, long endMillis, long ticks, long served,
                             long throttled, List<IntervalRow> intervals, List<ScheduledEvent> eventsApplied,
                             List<TableReport> tables, List<SplitRecord> splits, List<NoSplitRecord> noSplitHelps,
                             List<ReplicationReport> replication, List<DeniedRecord> accessDenied) {

    /** Copies the lists. */
    public ScenarioReport {
        intervals = List.copyOf(intervals);
        eventsApplied = List.copyOf(eventsApplied);
        tables = List.copyOf(tables);
        splits = List.copyOf(splits);
        noSplitHelps = List.copyOf(noSplitHelps);
        replication = List.copyOf(replication);
        accessDenied = accessDenied == null ? List.of() : List.copyOf(accessDenied);
    }

    /** The report of one table ({@code index} null) or GSI. */
    public TableReport table(String table, String index) {
        for (TableReport t : tables) {
            if (t.table().equals(table) && Objects.equals(t.index(), index)) return t;
        }
        throw new IllegalArgumentException("no table " + table + (index == null ? "" : "/" + index) + " in the report");
    }

    /** The per-interval summary table as aligned text. */
    public String intervalText() {
        return ReportText.intervals(this);
    }

    /** The final report (tables, partitions, splits) as aligned text. */
    public String finalText() {
        return ReportText.finalReport(this);
    }

    @Override
    public String toString() {
        return intervalText() + "\n" + finalText();
    }
}
