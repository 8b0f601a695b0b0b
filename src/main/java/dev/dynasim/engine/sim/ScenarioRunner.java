package dev.dynasim.engine.sim;

import dev.dynasim.engine.model.BillingMode;
import dev.dynasim.engine.model.DynamoDbException;
import dev.dynasim.engine.model.ErrorCode;
import dev.dynasim.engine.model.IndexSpec;
import dev.dynasim.engine.model.ProvisionedThroughput;
import dev.dynasim.engine.model.TableSpec;
import dev.dynasim.engine.partition.Partition;
import dev.dynasim.engine.partition.PartitionMap;
import dev.dynasim.engine.trace.AccessDenied;
import dev.dynasim.engine.trace.AvailabilityWindow;
import dev.dynasim.engine.trace.NoSplitHelps;
import dev.dynasim.engine.trace.PartitionSplit;
import dev.dynasim.engine.trace.ReplicaChanged;
import dev.dynasim.engine.trace.ReplicationMetrics;
import dev.dynasim.engine.trace.RequestFailed;
import dev.dynasim.engine.trace.RequestThrottled;
import dev.dynasim.engine.trace.ScalingActivity;
import dev.dynasim.engine.trace.SplitCancelled;
import dev.dynasim.engine.trace.SplitStarted;
import dev.dynasim.engine.trace.TickMetrics;
import dev.dynasim.engine.trace.Trace;
import dev.dynasim.engine.trace.TraceEvent;
import java.io.Writer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.TreeMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Consumer;

/**
 * Runs a {@link Scenario}: builds a {@link Simulation} with its seed, tick, split settings, tables
 * and workloads, then steps it to the scenario's duration (or another end time), applying each
 * scheduled event before the first step that starts at or after its time (a capacity event that
 * UpdateTable refuses for a limit, such as the daily limit on decreases, is traced as refused and
 * the run goes on). Every trace event is
 * written as JSON Lines to the output given (if any); the runner keeps in memory only the split
 * events, per-partition totals and throttling reasons it needs for the {@link ScenarioReport}, so
 * long runs stay small.
 */
public final class ScenarioRunner {
    private final Scenario scenario;
    private final Simulation simulation;
    private final Map<String, PartitionTotals> totals = new TreeMap<>();
    /** Each table's replication events added up, by table name. */
    private final Map<String, ReplicationTotals> replication = new TreeMap<>();
    private final Map<String, Map<String, Long>> reasons = new TreeMap<>();
    private final List<ScheduledEvent> pending;
    private final List<ScheduledEvent> applied = new ArrayList<>();
    private final List<IntervalRow> intervals = new ArrayList<>();
    private long served;
    private long throttled;
    private long ticks;

    /** The requests IAM denied, by principal, table and operation, in the order first denied. */
    private final Map<List<String>, DeniedRecord> denied = new java.util.LinkedHashMap<>();
    /** The requests offered tick by tick, when asked for; else null. */
    private OfferedTraffic offered;

    /** Told of progress after every step, with the simulated time now and at the end. */
    @FunctionalInterface
    public interface Progress {
        /** Called after each step. */
        void at(long nowMillis, long endMillis);
    }

    /** A runner that writes the trace nowhere. */
    public ScenarioRunner(Scenario scenario) {
        this(scenario, null);
    }

    /** A runner that writes every trace event as a JSON line to {@code traceOut} (null: nowhere). */
    public ScenarioRunner(Scenario scenario, Appendable traceOut) {
        this(scenario, traceOut, null);
    }

    /**
     * A runner that writes every trace event as a JSON line to {@code traceOut} (null: nowhere) and
     * hands each to {@code tap} (null: no one) as it happens, e.g. to draw charts from the trace.
     */
    public ScenarioRunner(Scenario scenario, Appendable traceOut, Consumer<? super TraceEvent> tap) {
        this.scenario = Objects.requireNonNull(scenario, "scenario");
        Trace trace = Trace.streaming(traceOut == null ? Writer.nullWriter() : traceOut, tap == null ? this::keep : event -> {
            tap.accept(event);
            return keep(event);
        });
        this.simulation = new Simulation(scenario.seed(), scenario.tickMillis(), trace);
        simulation.database().splitSettings(scenario.split().settings());
        simulation.database().onDemandHotPartitionError(scenario.hotPartitionError());
        simulation.database().keyHash(scenario.keyHash());
        for (TableScenario t : scenario.tables()) {
            simulation.createTable(t.request());
            if (t.readScaling() != null || t.writeScaling() != null) simulation.autoScale(t.name(), t.readScaling(), t.writeScaling());
        }
        for (WorkloadScenario w : scenario.workloads()) {
            if (w.rateLevel()) simulation.addRateWorkload(w.workload(), w.rateHeavyHitters());
            else simulation.addWorkload(w.workload(), w.principal());
        }
        this.pending = new ArrayList<>(scenario.events());
        pending.sort(Comparator.comparingLong(ScheduledEvent::atMillis));
    }

    /** Runs a scenario to its duration and reports it. */
    public static ScenarioReport run(Scenario scenario) {
        return new ScenarioRunner(scenario).run();
    }

    /** Records the requests offered tick by tick from now on (for a what-if replay on a server cluster); returns them. */
    public OfferedTraffic recordOfferedTraffic() {
        if (offered == null) {
            offered = new OfferedTraffic(scenario.tickMillis());
            simulation.recordOfferedTraffic(offered);
        }
        return offered;
    }

    /** The simulation being run: inspect its database or trace between runs. */
    public Simulation simulation() {
        return simulation;
    }

    /** Runs to the scenario's duration. */
    public ScenarioReport run() {
        return run(scenario.durationMillis(), null);
    }

    /** Runs until the simulated clock reaches {@code untilMillis} (whole ticks), telling {@code progress} (may be null). */
    public ScenarioReport run(long untilMillis, Progress progress) {
        long tick = scenario.tickMillis();
        long ticksPerRow = scenario.reportEveryMillis() / tick;
        while (simulation.now() < untilMillis) {
            StepReport row = null;
            for (long i = 0; i < ticksPerRow && simulation.now() < untilMillis; i++) {
                applyDueEvents();
                StepReport step = simulation.step();
                row = row == null ? step : row.then(step);
                if (progress != null) progress.at(simulation.now(), untilMillis);
            }
            intervals.add(IntervalRow.of(row));
            served += row.served();
            throttled += row.throttled();
            ticks += row.ticks();
        }
        simulation.closeAvailabilityWindow();
        return report();
    }

    private void applyDueEvents() {
        while (!pending.isEmpty() && pending.get(0).atMillis() <= simulation.now()) {
            ScheduledEvent e = pending.remove(0);
            try {
                e.apply(simulation);
            } catch (DynamoDbException ex) {
                if (e.fault() == null && ex.code() == ErrorCode.LimitExceededException) {
                    traceRefused(e, ex);
                    continue;
                }
                throw new IllegalArgumentException("event at " + ReportText.time(e.atMillis()) + " (" + e.describe() + "): "
                        + ex.code() + ": " + ex.getMessage());
            }
            applied.add(e);
        }
    }

    /**
     * A capacity event that UpdateTable refused for a limit, as the daily limit on decreases (P12) does,
     * is not applied and the run goes on: traced as auto scaling's refusals are, a {@link ScalingActivity}
     * with status "refused" for each dimension the event would have changed.
     */
    private void traceRefused(ScheduledEvent e, DynamoDbException ex) {
        ProvisionedThroughput current = simulation.database().spec(e.table()).throughput();
        ProvisionedThroughput wanted = e.throughput() == null ? current : e.throughput();
        boolean lowers = wanted.readCapacityUnits() < current.readCapacityUnits() || wanted.writeCapacityUnits() < current.writeCapacityUnits();
        String why = "scheduled event: " + (lowers ? "the daily limit on decreases is reached (" + ex.getMessage() + ")"
                : ex.code() + ": " + ex.getMessage());
        Trace trace = simulation.trace();
        if (wanted.readCapacityUnits() != current.readCapacityUnits()) {
            trace.append(new ScalingActivity(simulation.now(), e.table(), "read", current.readCapacityUnits(),
                    wanted.readCapacityUnits(), "refused", why));
        }
        if (wanted.writeCapacityUnits() != current.writeCapacityUnits()) {
            trace.append(new ScalingActivity(simulation.now(), e.table(), "write", current.writeCapacityUnits(),
                    wanted.writeCapacityUnits(), "refused", why));
        }
    }

    private boolean keep(TraceEvent event) {
        if (event instanceof AccessDenied d) {
            denied.merge(List.of(d.principal(), d.table(), d.operation()),
                    new DeniedRecord(d.principal(), d.table(), d.operation(), d.requests(), d.message()),
                    (a, b) -> new DeniedRecord(a.principal(), a.table(), a.operation(), a.requests() + b.requests(), a.message()));
            return false;
        }
        if (event instanceof TickMetrics m) {
            totals.computeIfAbsent(key(m.table(), m.index(), m.partition()), k -> new PartitionTotals())
                    .add(m, scenario.tickMillis());
            return false;
        }
        if (event instanceof RequestThrottled t) {
            reasons.computeIfAbsent(owner(t.table(), t.index()), k -> new TreeMap<>()).merge(t.reason(), t.requests(), Long::sum);
            return false;
        }
        if (event instanceof ReplicationMetrics || event instanceof RequestFailed || event instanceof ReplicaChanged
                || event instanceof AvailabilityWindow) {
            replication.computeIfAbsent(event.table(), ReplicationTotals::new).add(event);
            return false;
        }
        return event instanceof SplitStarted || event instanceof PartitionSplit || event instanceof SplitCancelled
                || event instanceof NoSplitHelps;
    }

    private ScenarioReport report() {
        List<TableReport> tables = new ArrayList<>();
        for (String name : simulation.database().tableNames()) {
            TableSpec spec = simulation.database().spec(name);
            tables.add(table(spec, null, spec.throughput()));
            for (IndexSpec i : spec.globalIndexes()) tables.add(table(spec, i.name(), i.throughput()));
        }
        return new ScenarioReport(scenario.name(), scenario.seed(), scenario.tickMillis(), simulation.now(), ticks,
                served, throttled, intervals, applied, tables, splits(), noSplits(),
                replication.values().stream().map(ReplicationTotals::report).toList(), new ArrayList<>(denied.values()));
    }

    private TableReport table(TableSpec spec, String index, ProvisionedThroughput throughput) {
        PartitionMap map = simulation.database().partitions(spec.name(), index);
        List<PartitionReport> partitions = new ArrayList<>();
        for (Partition p : map.partitions()) {
            PartitionTotals t = totals.getOrDefault(key(spec.name(), index, p.id().number()), new PartitionTotals());
            partitions.add(new PartitionReport(p.id().number(), p.range().start().toString(),
                    p.range().endsAtTop() ? p.range().endShortString() : p.range().end().toString(),
                    p.range().ownership(), p.allocated().readUnits(), p.allocated().writeUnits(), p.storedBytes(),
                    t.readUnits, t.writeUnits, t.peakRead, t.peakWrite, t.served, t.throttled));
        }
        PartitionTotals all = new PartitionTotals();
        String prefix = key(spec.name(), index, -1);
        prefix = prefix.substring(0, prefix.lastIndexOf('|') + 1);
        for (Map.Entry<String, PartitionTotals> e : totals.entrySet()) {
            if (e.getKey().startsWith(prefix)) all.plus(e.getValue());
        }
        boolean provisioned = spec.billingMode() == BillingMode.PROVISIONED;
        ProvisionedThroughput t = throughput == null || !provisioned ? ProvisionedThroughput.NONE : throughput;
        TableUsage usage = index == null ? TableUsage.of(simulation.database().usage(spec.name())) : null;
        return new TableReport(spec.name(), index, spec.billingMode().name(), t.readCapacityUnits(),
                t.writeCapacityUnits(), map.totalStoredBytes(), all.readUnits, all.writeUnits, all.served, all.throttled,
                all.throttledReadUnits, all.throttledWriteUnits, reasons.getOrDefault(owner(spec.name(), index), Map.of()),
                usage, partitions);
    }

    private List<SplitRecord> splits() {
        Map<String, SplitRecord> byParent = new LinkedHashMap<>();
        for (TraceEvent e : simulation.trace().events()) {
            if (e instanceof SplitStarted s) {
                byParent.put(key(s.table(), s.index(), s.partition()), new SplitRecord(s.time(), -1, s.table(), s.index(),
                        s.partition(), List.of(), s.cause().name(), s.splitToken()));
            } else if (e instanceof SplitCancelled c) {
                byParent.remove(key(c.table(), c.index(), c.partition()));
            } else if (e instanceof PartitionSplit s) {
                String k = key(s.table(), s.index(), s.parent());
                SplitRecord started = byParent.get(k);
                byParent.put(k, new SplitRecord(started == null ? s.time() : started.startedMillis(), s.time(), s.table(),
                        s.index(), s.parent(), s.children(), s.cause().name(), s.splitToken()));
            }
        }
        return List.copyOf(byParent.values());
    }

    private List<NoSplitRecord> noSplits() {
        List<NoSplitRecord> out = new ArrayList<>();
        for (NoSplitHelps n : simulation.trace().ofType(NoSplitHelps.class)) {
            out.add(new NoSplitRecord(n.time(), n.table(), n.index(), n.partition(), n.why()));
        }
        return out;
    }

    private static String owner(String table, String index) {
        return index == null ? table : table + "/" + index;
    }

    private static String key(String table, String index, long partition) {
        return table + "|" + (index == null ? "" : index) + "|" + partition;
    }

    /** Sums of one partition's tick metrics over the run. */
    private static final class PartitionTotals {
        private double readUnits;
        private double writeUnits;
        private double throttledReadUnits;
        private double throttledWriteUnits;
        private double peakRead;
        private double peakWrite;
        private long served;
        private long throttled;

        void add(TickMetrics m, long tickMillis) {
            readUnits += m.consumedReadUnits();
            writeUnits += m.consumedWriteUnits();
            throttledReadUnits += m.throttledReadUnits();
            throttledWriteUnits += m.throttledWriteUnits();
            peakRead = Math.max(peakRead, m.consumedReadUnits() * 1000.0 / tickMillis);
            peakWrite = Math.max(peakWrite, m.consumedWriteUnits() * 1000.0 / tickMillis);
            served += m.servedRequests();
            throttled += m.throttledRequests();
        }

        void plus(PartitionTotals o) {
            readUnits += o.readUnits;
            writeUnits += o.writeUnits;
            throttledReadUnits += o.throttledReadUnits;
            throttledWriteUnits += o.throttledWriteUnits;
            peakRead = Math.max(peakRead, o.peakRead);
            peakWrite = Math.max(peakWrite, o.peakWrite);
            served += o.served;
            throttled += o.throttled;
        }
    }
}
