package dev.dynasim.engine.sim;

import dev.dynasim.engine.billing.AutoScalingPolicy;
import dev.dynasim.engine.billing.Bill;
import dev.dynasim.engine.billing.BillableUsage;
import dev.dynasim.engine.billing.PriceSheet;
import dev.dynasim.engine.billing.TableMeter;
import dev.dynasim.engine.capacity.CapacityUnits;
import dev.dynasim.engine.capacity.ReadConsistency;
import dev.dynasim.engine.model.DynamoDbException;
import dev.dynasim.engine.model.ErrorCode;
import dev.dynasim.engine.iam.Principal;
import dev.dynasim.engine.model.BillingMode;
import dev.dynasim.engine.model.IndexSpec;
import dev.dynasim.engine.model.TableSpec;
import dev.dynasim.engine.model.ThrottlingCause;
import dev.dynasim.engine.model.ProvisionedThroughput;
import dev.dynasim.engine.partition.PartitionId;
import dev.dynasim.engine.table.Account;
import dev.dynasim.engine.table.CreateTableRequest;
import dev.dynasim.engine.table.Database;
import dev.dynasim.engine.table.OperationServed;
import dev.dynasim.engine.table.PartitionTick;
import dev.dynasim.engine.table.ReplicationFigures;
import dev.dynasim.engine.table.SplitEvent;
import dev.dynasim.engine.table.TableDescription;
import dev.dynasim.engine.table.TickResult;
import dev.dynasim.engine.table.UpdateTableRequest;
import dev.dynasim.engine.table.Usage;
import dev.dynasim.engine.trace.AccessDenied;
import dev.dynasim.engine.trace.CapacityChanged;
import dev.dynasim.engine.trace.NoSplitHelps;
import dev.dynasim.engine.trace.PartitionSplit;
import dev.dynasim.engine.trace.RequestServed;
import dev.dynasim.engine.trace.RequestThrottled;
import dev.dynasim.engine.trace.SplitCause;
import dev.dynasim.engine.trace.SplitCancelled;
import dev.dynasim.engine.trace.SplitDeferred;
import dev.dynasim.engine.trace.SplitStarted;
import dev.dynasim.engine.trace.TableCreated;
import dev.dynasim.engine.trace.TickMetrics;
import dev.dynasim.engine.trace.Trace;
import dev.dynasim.engine.workload.Operation;
import dev.dynasim.engine.workload.RequestSpec;
import dev.dynasim.engine.workload.Workload;
import dev.dynasim.engine.workload.WorkloadRun;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A step-driven simulation of DynamoDB: one database on a simulated clock, workloads that send it
 * traffic, and a trace of what happened. {@link #step()} runs one tick, in this fixed order:
 * <ol>
 *   <li>advance the clock by one tick (token buckets refill lazily from simulated time);</li>
 *   <li>ask each workload, in the order added, for this tick's requests, each from its own named
 *       random stream of the simulation's seed;</li>
 *   <li>serve them: capacity is metered at the tick's end time, while replication sees each
 *       item-level request at its own instant, the tick's requests spread evenly over the tick (so a
 *       read can follow a write by less than the replication lag); hash, route, check the replica
 *       group can serve (else InternalServerError), admit or throttle, apply at the leader, schedule
 *       the followers, meter; rate-level traffic then, statistically;</li>
 *   <li>end the tick: record partition usage, apply adaptive capacity, complete the splits that are
 *       due and start the ones the split policies ask for (tables in name order, GSIs after their
 *       table, partitions in key order); while faults or repairs are under way, notice replicas gone
 *       or back, elect leaders and repair groups; drop the writes every follower has applied;</li>
 *   <li>append the trace events (replica changes first, since they may have happened at a fault
 *       before the tick) and return a {@link StepReport}.</li>
 * </ol>
 * Calls made directly on {@link #database()} between steps happen at the current simulated time
 * and go through the same path as step 3; an eventually consistent direct read sees the replicas
 * as they are once the normal replication lag has passed (a person's next call comes seconds
 * later), so it is stale only when a replica is slow. Faults ({@link #takeZoneDown}, ...) happen at
 * the current time. Same seed, same inputs: byte-identical trace.
 */
public final class Simulation {
    private final RandomStreams streams;
    private final SimClock clock;
    private final Database database;
    private final Trace trace;
    private final RequestRunner runner;
    private final List<WorkloadRun> runs = new ArrayList<>();
    private final List<RateRun> rateRuns = new ArrayList<>();
    private final Map<String, Integer> partitionCounts = new HashMap<>();
    private boolean partitionMetrics = true;
    private final ReplicationTracer replication;
    /** Auto scaling of the tables that have it, by table name. */
    private final AutoScaling autoScaling;
    /** The principal each workload's requests are made as (null: not authorised), in the order of {@code runs}. */
    private final List<Principal> runPrincipals = new ArrayList<>();
    /** Where the workloads' offered requests are recorded tick by tick, if anywhere. */
    private OfferedTraffic offered;
    /** The meter of every table. */
    private final DatabaseMeter meter;

    /** A simulation with a seed and the default tick of one second. */
    public Simulation(long seed) {
        this(seed, SimClock.DEFAULT_TICK_MILLIS, new Trace());
    }

    /** A simulation with a seed, a tick length and a trace to write to. */
    public Simulation(long seed, long tickMillis, Trace trace) {
        this.streams = new RandomStreams(seed);
        this.clock = new SimClock(0, tickMillis);
        this.database = new Database(clock::now, Account.EXAMPLE);
        database.enforceDecreaseQuota(true);
        this.meter = new DatabaseMeter(database);
        this.autoScaling = new AutoScaling(database, this::updateTable, trace::append);
        this.trace = trace;
        this.runner = new RequestRunner(database);
        this.replication = new ReplicationTracer(trace);
        database.replicationStreams(streams::stream);
    }

    /** The simulated database: call it directly from JShell between steps. */
    public Database database() {
        return database;
    }

    /** The current simulated time in milliseconds. */
    public long now() {
        return clock.now();
    }

    /** The length of one tick in simulated milliseconds. */
    public long tickMillis() {
        return clock.tickMillis();
    }

    /** The trace written so far. */
    public Trace trace() {
        return trace;
    }

    /** The named random streams of this simulation's seed. */
    public RandomStreams streams() {
        return streams;
    }

    /** Creates a table and traces it. */
    public TableDescription createTable(CreateTableRequest request) {
        TableDescription d = database.createTable(request);
        ProvisionedThroughput t = d.spec().throughput();
        trace.append(new TableCreated(now(), d.spec().name(), d.spec().billingMode(), t.readCapacityUnits(),
                t.writeCapacityUnits(), database.partitionCount(d.spec().name(), null),
                d.globalSecondaryIndexes().stream().map(i -> i.spec().name()).toList(),
                database.partitions(d.spec().name(), null).partitions().stream().map(p -> p.range().start().toString()).toList()));
        return d;
    }

    /** Changes a table's billing mode, throughput or GSIs and traces the new capacity. */
    public TableDescription updateTable(UpdateTableRequest request) {
        TableDescription d = database.updateTable(request);
        ProvisionedThroughput t = d.spec().throughput();
        trace.append(new CapacityChanged(now(), d.spec().name(), null, d.spec().billingMode(), t.readCapacityUnits(),
                t.writeCapacityUnits()));
        return d;
    }

    /**
     * Whether each tick traces a TickMetrics event per active partition (default: yes). Long runs
     * of large tables turn it off and keep the splits, capacity changes and step reports.
     */
    public void tracePartitionMetrics(boolean on) {
        this.partitionMetrics = on;
        database.operationDetail(on);
    }

    /** Adds a workload; its requests start with the next step. */
    public void addWorkload(Workload workload) {
        addWorkload(workload, null);
    }

    /**
     * Adds a workload whose requests are made as {@code principal} (null: the account's own, not
     * authorised): IAM denies some or all of them, answered with AccessDeniedException, traced as
     * {@link AccessDenied} and counted as failed.
     */
    public void addWorkload(Workload workload, Principal principal) {
        checkSortKeys(workload);
        runs.add(workload.start(streams.stream(workload.stream())));
        runPrincipals.add(principal);
    }

    /**
     * Adds a workload at rate-level fidelity: per tick, so many requests over its key distribution,
     * the {@code heavyHitters} most frequent keys routed one by one and the rest spread by key-space
     * share, with no items stored. Days of traffic on large tables run in seconds this way.
     */
    public void addRateWorkload(Workload workload, int heavyHitters) {
        if (workload.sortKeys() != null) {
            throw new IllegalArgumentException("workload " + workload.stream() + ": sort keys are not modelled at rate level");
        }
        if (!database.spec(workload.table()).globalIndexes().isEmpty()) {
            throw new IllegalArgumentException("workload " + workload.stream() + ": table " + workload.table()
                    + " has GSIs, which rate level does not model (add it as an item-level workload)");
        }
        rateRuns.add(new RateRun(workload.start(streams.stream(workload.stream())), heavyHitters, database));
    }

    private void checkSortKeys(Workload workload) {
        if (workload.sortKeys() != null && database.spec(workload.table()).keySchema().sortKey() == null) {
            throw new IllegalArgumentException("workload " + workload.stream() + ": table " + workload.table()
                    + " has no sort key, so the workload cannot draw sort keys");
        }
    }

    /** Runs one tick (see the class description for the order) and reports it. */
    public StepReport step() {
        // workloads and auto scaling act for the account, not for whoever the user is calling as
        Principal caller = database.callAs(null);
        try {
            return tick();
        } finally {
            database.callAs(caller);
        }
    }

    private StepReport tick() {
        long start = clock.now();
        long end = clock.advance();
        long tick = clock.tickMillis();
        long served = 0;
        double offeredReads = 0;
        double offeredWrites = 0;
        long throttled = 0;
        long failed = 0;
        Map<List<Object>, double[]> throttles = new LinkedHashMap<>();
        Map<List<String>, long[]> denials = new LinkedHashMap<>();
        TickResult result;
        try {
            long[] counts = new long[runs.size()];
            long total = 0;
            for (int r = 0; r < counts.length; r++) {
                counts[r] = runs.get(r).requestsAt(start, tick);
                total += counts[r];
            }
            // each workload's requests are spread evenly over the tick, and the workloads interleaved by instant
            long[] next = new long[counts.length];
            long[] errors = new long[counts.length];
            for (long k = 0; k < total; k++) {
                int r = -1;
                long instant = Long.MAX_VALUE;
                for (int w = 0; w < counts.length; w++) {
                    if (next[w] >= counts[w]) continue;
                    long at = start + next[w] * tick / counts[w];
                    if (at < instant) {
                        instant = at;
                        r = w;
                    }
                }
                next[r]++;
                WorkloadRun run = runs.get(r);
                String table = run.workload().table();
                RequestSpec spec = run.next();
                if (spec.operation().isRead()) offeredReads++;
                else offeredWrites++;
                database.requestInstant(instant);
                Principal principal = runPrincipals.get(r);
                if (principal != null) database.callAs(principal);
                try {
                    ThrottlingCause cause = runner.run(table, spec);
                    if (cause == null) {
                        served++;
                    } else {
                        throttled++;
                        countThrottle(throttles, table, spec, cause);
                    }
                } catch (DynamoDbException e) {
                    failed++;
                    if (e.code() == ErrorCode.InternalServerError) errors[r]++;
                    if (e.code() == ErrorCode.AccessDeniedException) {
                        denials.computeIfAbsent(List.of(table, principal.arn(), spec.operation().apiName(), e.getMessage()),
                                key -> new long[1])[0]++;
                    }
                } finally {
                    if (principal != null) database.callAs(null);
                }
            }
            for (int r = 0; r < counts.length; r++) replication.count(runs.get(r).workload().table(), counts[r], errors[r]);
            database.requestInstant(start);
            double rateServed = 0;
            double rateThrottled = 0;
            double rateFailed = 0;
            for (RateRun run : rateRuns) {
                try {
                    double[] r = run.serve(database, start, tick);
                    rateServed += r[0];
                    rateThrottled += r[1];
                    rateFailed += r[2];
                    replication.count(run.table(), Math.round(r[0] + r[1] + r[2]), Math.round(r[2]));
                } catch (DynamoDbException e) {
                    failed++;
                } finally {
                    offeredReads += run.offeredReads();
                    offeredWrites += run.offeredWrites();
                }
            }
            database.requestInstant(-1);
            if (offered != null) offered.add(end, offeredReads, offeredWrites);
            served += Math.round(rateServed);
            throttled += Math.round(rateThrottled);
            failed += Math.round(rateFailed);
        } finally {
            database.requestInstant(-1);
            result = database.endTick(start, end, partitionMetrics);
        }
        int partitions = partitionTotal();
        replication.changes(result.replicaChanges());
        throttles.forEach((k, v) -> trace.append(new RequestThrottled(end, (String) k.get(0),
                ((String) k.get(1)).isEmpty() ? null : (String) k.get(1), (Long) k.get(2),
                (String) k.get(3), (long) v[0], v[1], v[2], null, (String) k.get(4))));
        denials.forEach((k, n) -> trace.append(new AccessDenied(end, k.get(0), k.get(1), k.get(2), n[0], k.get(3))));
        int[] splits = traceTick(end, result);
        replication.tick(end, result);
        meter.tick(start, end);
        autoScaling.tick(start, end);
        long eventual = 0;
        long stale = 0;
        for (ReplicationFigures f : result.replication()) {
            eventual += f.eventualReads();
            stale += f.staleReads();
        }
        return new StepReport(start, end, 1, served, throttled, splits[0], splits[1], partitions, failed, eventual, stale);
    }

    /**
     * Writes the availability of the 5-minute window under way, as it stands now (the last, partial
     * window of a run: windows are otherwise written as they end).
     */
    public void closeAvailabilityWindow() {
        replication.close(now());
    }

    /** Records the requests the workloads offer, tick by tick from now on, in {@code traffic}. */
    public void recordOfferedTraffic(OfferedTraffic traffic) {
        this.offered = traffic;
    }

    /**
     * Turns on auto scaling (target tracking, P13-P15) of a provisioned table's reads and writes (a null
     * policy leaves that dimension alone). Decisions and the changes they make are traced as ScalingActivity.
     */
    public void autoScale(String table, AutoScalingPolicy read, AutoScalingPolicy write) {
        autoScaling.put(table, read, write);
    }

    /**
     * What each table has used so far, as a bill counts it (tables in name order), including the
     * request units of direct calls made since the last tick.
     */
    public List<BillableUsage> billableUsage() {
        return meter.usage(now());
    }

    /** The bill of everything metered so far, with hourly subtotals, at the prices in effect on {@code pricedOn}. */
    public Bill bill(PriceSheet prices, java.time.LocalDate pricedOn) {
        return meter.bill(prices, pricedOn, now());
    }

    /** Takes an Availability Zone down now (e.g. "use1-az1"): its replicas become unreachable; traced. */
    public void takeZoneDown(String zone) {
        database.takeZoneDown(zone);
        replication.zone(now(), database.tableNames(), zone, false);
        replication.changes(database.drainReplicaChanges());
    }

    /** Brings an Availability Zone back now: its replicas return and catch up; traced. */
    public void bringZoneUp(String zone) {
        database.bringZoneUp(zone);
        replication.zone(now(), database.tableNames(), zone, true);
        replication.changes(database.drainReplicaChanges());
    }

    /** Fails ({@code failed} true) or restores the replica in {@code zone} of one partition of a table ({@code index} null) or GSI; traced. */
    public void failReplica(String table, String index, int partition, String zone, boolean failed) {
        database.failReplica(table, index, partition, zone, failed);
        replication.changes(database.drainReplicaChanges());
    }

    /** Slows the replica in {@code zone} of one partition by {@code extraLagMillis} (0 restores it); traced. */
    public void slowReplica(String table, String index, int partition, String zone, long extraLagMillis) {
        database.slowReplica(table, index, partition, zone, extraLagMillis);
        replication.changes(database.drainReplicaChanges());
    }

    /** Runs {@code ticks} steps and reports them as one. */
    public StepReport run(long ticks) {
        StepReport report = new StepReport(now(), now(), 0, 0, 0, 0, 0, partitionTotal(), 0);
        for (long i = 0; i < ticks; i++) report = report.then(step());
        return report;
    }

    /** Runs for a simulated duration (whole ticks, rounded up). */
    public StepReport runFor(Duration duration) {
        return run((duration.toMillis() + clock.tickMillis() - 1) / clock.tickMillis());
    }

    /** Runs until the simulated clock reaches {@code timeMillis}. */
    public StepReport runUntil(long timeMillis) {
        return run(Math.max(0, (timeMillis - now() + clock.tickMillis() - 1) / clock.tickMillis()));
    }

    /**
     * Adds a throttled request to this tick's counts by table, index, partition, operation and
     * reason; the partition is the table partition of its key, or -1 when an index refused it or it
     * was a Scan page (which reads several partitions; its units are not known, so none are counted).
     * The units are an item of the request's size (a Query page may ask for more).
     */
    private void countThrottle(Map<List<Object>, double[]> throttles, String table, RequestSpec spec, ThrottlingCause cause) {
        boolean onIndex = cause.reason().startsWith("Index");
        String index = onIndex ? cause.resource().substring(cause.resource().lastIndexOf('/') + 1) : null;
        boolean scan = spec.operation() == Operation.SCAN;
        long partition = onIndex || scan ? -1 : database.placement(table, runner.partitionKey(table, spec)).partition().id().number();
        double read = spec.operation().isRead() && !scan
                ? CapacityUnits.readUnits(spec.itemBytes(), ReadConsistency.of(spec.consistentRead())) : 0;
        double write = spec.operation().isRead() ? 0 : CapacityUnits.writeUnits(spec.itemBytes(), false);
        double[] counts = throttles.computeIfAbsent(
                List.of(table, index == null ? "" : index, partition, spec.operation().apiName(), cause.reason()),
                k -> new double[3]);
        counts[0]++;
        counts[1] += read;
        counts[2] += write;
    }

    private int[] traceTick(long end, TickResult result) {
        int started = 0;
        int completed = 0;
        for (SplitEvent e : result.splits()) {
            if (e.started() != null) {
                started++;
                trace.append(new SplitStarted(end, e.table(), e.index(), number(e.started().partition()),
                        SplitCause.valueOf(e.started().cause().name()), e.started().at().toString(),
                        e.started().completesAtMillis()));
            } else if (e.completed() != null) {
                completed++;
                trace.append(new PartitionSplit(end, e.table(), e.index(), number(e.completed().partition()),
                        e.children().stream().map(p -> number(p.id())).toList(),
                        SplitCause.valueOf(e.completed().cause().name()), e.completed().at().toString()));
            } else if (e.cancelled() != null) {
                trace.append(new SplitCancelled(end, e.table(), e.index(), number(e.cancelled().partition()),
                        SplitCause.valueOf(e.cancelled().cause().name()), e.why()));
            } else if (e.noSplit().splitWouldNotHelp()) {
                trace.append(new NoSplitHelps(end, e.table(), e.index(), number(e.noSplit().partition()),
                        e.noSplit().reason() + ": " + e.noSplit().explanation(),
                        e.noSplit().hotKey() == null ? null : e.noSplit().hotKey().toString()));
            } else {
                trace.append(new SplitDeferred(end, e.table(), e.index(), number(e.noSplit().partition()), SplitCause.HEAT,
                        e.noSplit().explanation()));
            }
        }
        for (PartitionTick p : partitionMetrics ? result.partitions() : List.<PartitionTick>of()) {
            for (OperationServed o : p.served()) {
                long requests = Math.round(o.requests());
                if (requests == 0) continue;
                trace.append(new RequestServed(end, p.table(), p.index(), number(p.partition()), o.operation().apiName(),
                        requests, o.readUnits(), o.writeUnits(), null));
            }
            String owner = p.index() == null ? p.table() : p.table() + "/" + p.index();
            trace.append(new TickMetrics(end, p.table(), p.index(), number(p.partition()), p.consumedReadUnits(),
                    p.consumedWriteUnits(), p.throttledReadUnits(), p.throttledWriteUnits(), p.servedRequests(),
                    p.throttledRequests(), p.bytes(), partitionCounts.computeIfAbsent(owner, o -> 0)));
        }
        return new int[] {started, completed};
    }

    private int partitionTotal() {
        int total = 0;
        partitionCounts.clear();
        for (String table : database.tableNames()) {
            int n = database.partitionCount(table, null);
            partitionCounts.put(table, n);
            total += n;
            for (IndexSpec i : database.spec(table).globalIndexes()) {
                int g = database.partitionCount(table, i.name());
                partitionCounts.put(table + "/" + i.name(), g);
                total += g;
            }
        }
        return total;
    }

    private static long number(PartitionId id) {
        return id.number();
    }
}
