package dev.dynasim.engine.sim;

import java.util.Locale;
import java.util.Map;

/** Renders a {@link ScenarioReport} as aligned text: the per-interval summary and the final report. */
final class ReportText {
    private ReportText() {
    }

    /** The per-interval summary: one row per interval with its time span, requests, splits and partitions. */
    static String intervals(ScenarioReport r) {
        TextColumns t = new TextColumns("from", "to", ">served", ">throttled", ">throttled %", ">failed", ">stale reads %",
                ">splits started", ">splits done", ">partitions");
        for (IntervalRow row : r.intervals()) {
            t.row(time(row.fromMillis()), time(row.toMillis()), count(row.served()), count(row.throttled()),
                    percent(row.throttled(), row.served() + row.throttled()), count(row.failed()),
                    percent(row.staleReads(), row.eventualReads()), row.splitsStarted(),
                    row.splitsCompleted(), row.partitions());
        }
        return "Scenario " + r.scenario() + " (seed " + r.seed() + ", tick " + r.tickMillis() + " ms)\n" + t.render("  ");
    }

    /** The final report: totals, events applied, each table and GSI with its partitions, the splits. */
    static String finalReport(ScenarioReport r) {
        StringBuilder sb = new StringBuilder();
        sb.append("Final report at ").append(time(r.endMillis())).append(" (").append(count(r.ticks())).append(" ticks): ")
                .append(count(r.served())).append(" requests served, ").append(count(r.throttled())).append(" throttled (")
                .append(percent(r.throttled(), r.served() + r.throttled())).append(")\n");
        for (ScheduledEvent e : r.eventsApplied()) {
            sb.append("  at ").append(time(e.atMillis())).append(": ").append(e.describe()).append('\n');
        }
        for (TableReport t : r.tables()) table(sb, t);
        sb.append("\nSplits: ").append(r.splits().isEmpty() ? "none" : r.splits().size()).append('\n');
        if (!r.splits().isEmpty()) {
            TextColumns s = new TextColumns("started", "completed", "table", ">parent", "children", "cause", "at token");
            for (SplitRecord x : r.splits()) {
                s.row(time(x.startedMillis()), x.completedMillis() < 0 ? "in progress" : time(x.completedMillis()),
                        owner(x.table(), x.index()), x.parent(), x.children().isEmpty() ? "-" : x.children().toString(),
                        x.cause(), x.splitToken().substring(0, 8) + "…");
            }
            sb.append(s.render("  "));
        }
        for (NoSplitRecord n : r.noSplitHelps()) {
            sb.append("No split helps ").append(owner(n.table(), n.index())).append(" partition ").append(n.partition())
                    .append(" (at ").append(time(n.timeMillis())).append("): ").append(n.why()).append('\n');
        }
        if (!r.replication().isEmpty()) {
            sb.append("\nReplication (three replicas per partition, one per Availability Zone):\n");
            TextColumns x = new TextColumns("table", ">eventual reads", ">stale", ">stale %", ">max staleness",
                    ">lag p99", ">lag max", ">refused", "refused by reason", ">elections", ">lowest 5-min availability");
            for (ReplicationReport rep : r.replication()) {
                StringBuilder reasons = new StringBuilder();
                rep.refusedByReason().entrySet().stream().sorted(Map.Entry.comparingByKey())
                        .forEach(e -> reasons.append(reasons.length() == 0 ? "" : ", ").append(e.getKey()).append(' ').append(count(e.getValue())));
                x.row(rep.table(), count(rep.eventualReads()), count(rep.staleReads()),
                        percent(rep.staleReads(), rep.eventualReads()), rep.maxStalenessMillis() + " ms", rep.lagP99Millis() + " ms",
                        rep.lagMaxMillis() + " ms", count(rep.refused()), reasons.length() == 0 ? "-" : reasons.toString(),
                        rep.leaderElections(), String.format(Locale.ROOT, "%.4f%%", rep.lowestAvailability() * 100));
            }
            sb.append(x.render("  "));
        }
        if (!r.accessDenied().isEmpty()) {
            sb.append("\nDenied by IAM (AccessDeniedException):\n");
            TextColumns d = new TextColumns("principal", "table", "operation", ">requests", "message of the first");
            for (DeniedRecord x : r.accessDenied()) d.row(x.principal(), x.table(), x.operation(), count(x.requests()), x.message());
            sb.append(d.render("  "));
        }
        return sb.toString();
    }

    private static void table(StringBuilder sb, TableReport t) {
        sb.append('\n').append(t.index() == null ? "Table " : "GSI ").append(t.owner()).append(": ").append(t.billingMode());
        if (t.billingMode().equals("PROVISIONED")) {
            sb.append(' ').append(count(t.readCapacity())).append(" RCU / ").append(count(t.writeCapacity())).append(" WCU");
        }
        sb.append(", ").append(t.partitions().size()).append(t.partitions().size() == 1 ? " partition, " : " partitions, ")
                .append(bytes(t.storedBytes())).append(" stored\n");
        sb.append("  consumed ").append(units(t.consumedReadUnits())).append(" RCU, ").append(units(t.consumedWriteUnits()))
                .append(" WCU; ").append(count(t.servedRequests())).append(" requests served, ")
                .append(count(t.throttledRequests())).append(" throttled (")
                .append(units(t.throttledReadUnits())).append(" RCU, ").append(units(t.throttledWriteUnits())).append(" WCU refused)\n");
        if (!t.throttledByReason().isEmpty()) {
            sb.append("  throttled by reason:");
            t.throttledByReason().forEach((reason, n) -> sb.append(' ').append(reason).append(' ').append(count(n)).append(';'));
            sb.setLength(sb.length() - 1);
            sb.append('\n');
        }
        if (t.usage() != null) {
            sb.append("  usage: ").append(units(t.usage().readUnits())).append(" read units, ")
                    .append(units(t.usage().writeUnits())).append(" write units, ").append(count(t.usage().requests()))
                    .append(" metered requests, ").append(count(t.usage().throttledRequests())).append(" throttled\n");
        }
        TextColumns p = new TextColumns(">id", "range", ">key space", ">alloc RCU", ">alloc WCU", ">stored",
                ">consumed RCU", ">consumed WCU", ">peak RCU/s", ">peak WCU/s", ">served", ">throttled");
        for (PartitionReport x : t.partitions()) {
            p.row(x.id(), "[" + shortHex(x.rangeStart()) + ", " + shortHex(x.rangeEnd()) + ")",
                    String.format(Locale.ROOT, "%.2f%%", x.keySpaceShare() * 100), units(x.allocatedReadUnits()),
                    units(x.allocatedWriteUnits()), bytes(x.storedBytes()), units(x.consumedReadUnits()),
                    units(x.consumedWriteUnits()), units(x.peakReadUnitsPerSecond()), units(x.peakWriteUnitsPerSecond()),
                    count(x.servedRequests()), count(x.throttledRequests()));
        }
        sb.append(p.render("  "));
    }

    /** Simulated milliseconds as h:mm:ss, with milliseconds when not a whole second. */
    static String time(long millis) {
        long s = millis / 1000;
        String hms = String.format(Locale.ROOT, "%d:%02d:%02d", s / 3600, s / 60 % 60, s % 60);
        return millis % 1000 == 0 ? hms : hms + String.format(Locale.ROOT, ".%03d", millis % 1000);
    }

    private static String owner(String table, String index) {
        return index == null ? table : table + "/" + index;
    }

    private static String shortHex(String token) {
        return token.length() == 32 ? token.substring(0, 8) + "…" : token;
    }

    private static String count(long n) {
        return String.format(Locale.ROOT, "%,d", n);
    }

    private static String units(double u) {
        return u == Math.rint(u) ? String.format(Locale.ROOT, "%,.0f", u) : String.format(Locale.ROOT, "%,.1f", u);
    }

    private static String percent(long part, long whole) {
        return whole == 0 ? "0.0%" : String.format(Locale.ROOT, "%.1f%%", part * 100.0 / whole);
    }

    private static String bytes(long b) {
        if (b < 1024) return b + " B";
        if (b < 1024 * 1024) return String.format(Locale.ROOT, "%.1f KB", b / 1024.0);
        if (b < 1024L * 1024 * 1024) return String.format(Locale.ROOT, "%.1f MB", b / 1024.0 / 1024);
        return String.format(Locale.ROOT, "%.2f GB", b / 1024.0 / 1024 / 1024);
    }
}
