package dev.dynasim.engine.sim;

import dev.dynasim.engine.billing.AutoScalingPolicy;
import dev.dynasim.engine.billing.Bill;
import dev.dynasim.engine.billing.ClusterSpec;
import dev.dynasim.engine.billing.InstanceCatalogue;
import dev.dynasim.engine.billing.PriceSheet;
import dev.dynasim.engine.model.BillingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A what-if replay (issue 5): the same scenario, same seed and so the same traffic, run with every
 * table on demand, provisioned at a fixed capacity, and provisioned with auto scaling, each billed and
 * with the throttling it caused. The fixed capacity of a table is the one the scenario gives it when it
 * is provisioned, else what covers its peak on demand (the sum of its partitions' peak read and write
 * units per second); auto scaling starts from that capacity (within the policy's bounds) with the
 * table's own auto scaling policies when the scenario gives them, else the console's defaults (target
 * 70%, minimum 5) up to {@code maxCapacity}; GSIs keep their fixed capacity (sized the same
 * way from their own peaks) under auto scaling.
 *
 * <p>With an instance catalogue, the traffic the on-demand run was offered is replayed on a server
 * cluster ({@link ClusterReplay}); its outcome's detail says plainly what that replay does not model.
 */
public final class WhatIf {
    /** The options compared. */
    public enum Option {
        ON_DEMAND("on-demand"), PROVISIONED("provisioned"), AUTO_SCALING("auto scaling"), SERVER_CLUSTER("server cluster");

        private final String label;

        Option(String label) {
            this.label = label;
        }

        /** How the option is named in reports. */
        public String label() {
            return label;
        }
    }

    /**
     * One option's outcome: its bill, the requests served, throttled and failed (with another error: a
     * server error while a replica group cannot serve, AccessDeniedException; for the server cluster,
     * queued past its timeout), and a word on it (for the server cluster: its size, latency, and what
     * the replay leaves out: the scenario's faults, the items' sizes, the data's size; see {@link ClusterReplay}).
     */
    public record Outcome(Option option, Bill bill, long served, long throttled, long failed, String detail) {
    }

    private WhatIf() {
    }

    /** Runs {@code scenario} under each DynamoDB option and bills it at {@code prices} in effect on {@code pricedOn}. */
    public static List<Outcome> compare(Scenario scenario, PriceSheet prices, LocalDate pricedOn, long maxCapacity) {
        return compare(scenario, prices, pricedOn, maxCapacity, null, null);
    }

    /**
     * As {@link #compare(Scenario, PriceSheet, LocalDate, long)}, then the same offered traffic on a
     * server cluster from {@code catalogue} (null: none), of {@code cluster} (null: the scenario's
     * {@code serverCluster}, else one sized for the peak).
     */
    public static List<Outcome> compare(Scenario scenario, PriceSheet prices, LocalDate pricedOn, long maxCapacity,
                                        InstanceCatalogue catalogue, ClusterSpec cluster) {
        ScenarioRunner onDemand = new ScenarioRunner(with(scenario, Option.ON_DEMAND, null, maxCapacity));
        OfferedTraffic traffic = onDemand.recordOfferedTraffic();
        ScenarioReport onDemandReport = onDemand.run();
        List<Outcome> out = new ArrayList<>();
        out.add(outcome(Option.ON_DEMAND, onDemand, onDemandReport, prices, pricedOn));
        for (Option o : List.of(Option.PROVISIONED, Option.AUTO_SCALING)) {
            ScenarioRunner runner = new ScenarioRunner(with(scenario, o, onDemandReport, maxCapacity));
            runner.simulation().tracePartitionMetrics(false); // its outcome needs the totals and the bill, not per-partition figures
            out.add(outcome(o, runner, runner.run(), prices, pricedOn));
        }
        if (catalogue != null) {
            boolean sized = cluster == null && scenario.serverCluster() == null;
            ClusterSpec spec = cluster != null ? cluster
                    : scenario.serverCluster() != null ? scenario.serverCluster() : ClusterReplay.sizedFor(traffic, catalogue);
            ClusterReplay.Result r = ClusterReplay.run(traffic, scenario.durationMillis(), catalogue, spec, pricedOn);
            out.add(new Outcome(Option.SERVER_CLUSTER, r.bill(), r.served(), 0, r.failed(), clusterDetail(r, sized, scenario)));
        }
        return out;
    }

    /**
     * The server cluster's word: its layout (and how it was sized), latency, what is still queued, and
     * what the replay does not model: the scenario's faults, if it has any, the items' sizes, the data's size.
     */
    static String clusterDetail(ClusterReplay.Result r, boolean sized, Scenario scenario) {
        StringBuilder d = new StringBuilder(r.describe());
        if (sized) d.append(" sized for ").append(ClusterReplay.SIZING_UTILISATION_PERCENT).append("% utilisation at the peak");
        d.append(String.format(Locale.ROOT, "; latency mean %.1f ms, max %.0f ms", r.meanLatencyMillis(), r.maxLatencyMillis()));
        if (r.queued() != 0) d.append(String.format(Locale.ROOT, "; %,d still queued at the end", r.queued()));
        boolean zone = false;
        boolean replica = false;
        for (ScheduledEvent e : scenario.events()) {
            if (e.fault() == null) continue;
            if (e.fault().onTable()) replica = true;
            else zone = true;
        }
        if (zone || replica) {
            d.append("; ").append(zone && replica ? "zone and replica" : zone ? "zone" : "replica")
                    .append(" faults not modelled for the cluster: it serves as if every server were up");
        }
        d.append("; load counted in requests, not item sizes; disk billed at a fixed ").append(r.spec().diskGbPerMember())
                .append(" GB per member, not the data stored");
        return d.toString();
    }

    private static Outcome outcome(Option o, ScenarioRunner runner, ScenarioReport report, PriceSheet prices, LocalDate on) {
        long failed = report.intervals().stream().mapToLong(IntervalRow::failed).sum();
        return new Outcome(o, runner.simulation().bill(prices, on), report.served(), report.throttled(), failed, "");
    }

    /** The scenario with every table switched to {@code option}; capacity and mode events are left out. */
    static Scenario with(Scenario s, Option option, ScenarioReport onDemand, long maxCapacity) {
        List<TableScenario> tables = new ArrayList<>();
        for (TableScenario t : s.tables()) {
            if (option == Option.ON_DEMAND) {
                List<IndexScenario> indexes = new ArrayList<>();
                for (IndexScenario i : t.indexes()) indexes.add(new IndexScenario(i.name(), i.partitionKey(), i.sortKey(), 0, 0));
                tables.add(new TableScenario(t.name(), t.partitionKey(), t.sortKey(), BillingMode.PAY_PER_REQUEST, 0, 0, indexes, null, null,
                        t.tableClass()));
                continue;
            }
            boolean provisioned = t.billingMode() == BillingMode.PROVISIONED;
            long read = provisioned ? t.readCapacity() : peak(onDemand, t.name(), null, true);
            long write = provisioned ? t.writeCapacity() : peak(onDemand, t.name(), null, false);
            List<IndexScenario> indexes = new ArrayList<>();
            for (IndexScenario i : t.indexes()) {
                indexes.add(provisioned ? i : new IndexScenario(i.name(), i.partitionKey(), i.sortKey(),
                        peak(onDemand, t.name(), i.name(), true), peak(onDemand, t.name(), i.name(), false)));
            }
            AutoScalingPolicy readScaling = null;
            AutoScalingPolicy writeScaling = null;
            if (option == Option.AUTO_SCALING) {
                readScaling = t.readScaling() != null ? t.readScaling() : AutoScalingPolicy.defaults(Math.max(maxCapacity, read));
                writeScaling = t.writeScaling() != null ? t.writeScaling() : AutoScalingPolicy.defaults(Math.max(maxCapacity, write));
                read = clamp(read, readScaling);
                write = clamp(write, writeScaling);
            }
            tables.add(new TableScenario(t.name(), t.partitionKey(), t.sortKey(), BillingMode.PROVISIONED, read, write,
                    indexes, readScaling, writeScaling, t.tableClass()));
        }
        List<ScheduledEvent> events = new ArrayList<>();
        for (ScheduledEvent e : s.events()) if (e.fault() != null) events.add(e);
        return new Scenario(s.name() + " (" + option.label() + ")", s.description(), s.seed(), s.tickMillis(), s.durationMillis(),
                s.reportEveryMillis(), s.split(), s.hotPartitionError(), tables, s.workloads(), events, s.keyHash(), s.serverCluster());
    }

    /** A starting capacity within the policy's minimum and maximum. */
    private static long clamp(long capacity, AutoScalingPolicy p) {
        return Math.max(p.minCapacity(), Math.min(p.maxCapacity(), capacity));
    }

    /**
     * The capacity that covers a table's (or GSI's) served peak on demand: the sum of its partitions'
     * peak read or write units per second (at least the table's own peak, since the partitions may
     * peak at different times), at least 1. The served peak, not the demanded one: what a partition
     * could not serve on demand (above its 3,000 RCU / 1,000 WCU limit) no provisioned capacity serves either.
     */
    private static long peak(ScenarioReport onDemand, String table, String index, boolean read) {
        double sum = 0;
        for (PartitionReport p : onDemand.table(table, index).partitions()) {
            sum += read ? p.peakReadUnitsPerSecond() : p.peakWriteUnitsPerSecond();
        }
        return Math.max(1, (long) Math.ceil(sum));
    }
}
