package dev.dynasim.engine.table;

import dev.dynasim.engine.capacity.CapacityClaim;
import dev.dynasim.engine.capacity.OnDemandCapacity;
import dev.dynasim.engine.capacity.OnDemandSpec;
import dev.dynasim.engine.capacity.OperationType;
import dev.dynasim.engine.capacity.PartitionLimit;
import dev.dynasim.engine.capacity.ProvisionedPartitionCapacity;
import dev.dynasim.engine.capacity.ResourceType;
import dev.dynasim.engine.capacity.ThroughputGate;
import dev.dynasim.engine.model.BillingMode;
import dev.dynasim.engine.model.ProvisionedThroughput;
import dev.dynasim.engine.partition.Partition;
import dev.dynasim.engine.partition.PartitionId;
import dev.dynasim.engine.partition.PartitionMap;
import dev.dynasim.engine.partition.Throughput;
import dev.dynasim.engine.partition.Token;
import dev.dynasim.engine.replication.ReplicaGroup;
import dev.dynasim.engine.partition.SplitSchedule;
import dev.dynasim.engine.capacity.AdaptiveCapacity;
import dev.dynasim.engine.partition.KeyLoad;
import dev.dynasim.engine.partition.KeySize;
import dev.dynasim.engine.partition.NoSplit;
import dev.dynasim.engine.partition.NoSplitReason;
import dev.dynasim.engine.partition.PartitionRules;
import dev.dynasim.engine.partition.SplitDecision;
import dev.dynasim.engine.partition.SplitInput;
import dev.dynasim.engine.partition.SplitCause;
import dev.dynasim.engine.partition.SplitPlan;
import dev.dynasim.engine.partition.TokenRange;
import dev.dynasim.engine.partition.TickUsage;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Set;
import java.util.function.Function;
import java.util.function.ToLongFunction;
import java.util.List;
import java.util.Map;

/**
 * The partitions of a table or a GSI and the capacity each may use: the partition map over the
 * hashed key space, one read and one write gate per partition (the allocated rate with burst when
 * provisioned, the hard per-partition ceiling when on demand), and the table-wide on-demand gates.
 * Capacity changes keep the partitions: they only ever split (F3.14).
 */
final class Partitions {
    private final ResourceType resource;
    private final String arn;
    private PartitionMap map;
    /** What all partitions consumed in the newest tick ended. */
    private TickUsage lastTick;
    /** Each partition's read and write gates, by partition id (kept across layout changes). */
    private final Map<PartitionId, ThroughputGate[]> gates = new HashMap<>();
    /** The same gates by position in the map, for the per-request and per-tick paths. */
    private ThroughputGate[][] gateAt = new ThroughputGate[0][];
    private BillingMode mode;
    private OnDemandCapacity onDemandRead;
    private OnDemandCapacity onDemandWrite;
    private double highestRead;
    private double highestWrite;
    private ProvisionedThroughput provisioned;
    /** This tick's counters by position: consumed and throttled units and requests (see the indexes below); null when idle. */
    private double[][] counters = new double[0][];
    /**
     * Whether the counters also count by operation: only while per-partition figures are traced, so
     * that long runs without them (rate level) do not pay for the detail.
     */
    private boolean operationDetail = true;
    /** Per-key load (units, first and last access) of partitions that are running hot, for split-for-heat. */
    private final Map<PartitionId, Map<Token, double[]>> keyLoads = new HashMap<>();
    /** Read and write gate lists of a provisioned layout, for adaptive capacity (reset on each layout change). */
    @SuppressWarnings("unchecked")
    private final List<ProvisionedPartitionCapacity>[] provisionedGates = new List[2];
    /** The same per-key load maps by position (null where none), for the per-request path. */
    private Map<Token, double[]>[] loadsAt = newLoads(0);
    private SplitSchedule splits = new SplitSchedule();
    private double[] shares;
    /** Splits made between ticks (a raise of provisioned throughput), reported at the end of the next tick. */
    private final List<SplitEvent> pendingEvents = new ArrayList<>();
    /** The table and index (null for the table) these partitions belong to, as split events name them. */
    private final String[] owner;
    /** The partition id at each position, as of the last layout change. */
    private PartitionId[] positions = new PartitionId[0];
    /**
     * How often a hot partition's split-for-heat decision is made: every 10 s of simulated time.
     * The sustain period is minutes (F3.13), so this loses nothing and spares the work per tick.
     */
    private static final long HEAT_EVALUATION_MILLIS = 10_000;
    /** Whether the tick being ended crossed a heat-evaluation boundary. */
    private boolean heatCheckDue;
    /** Whether adaptive capacity lent units last tick (then it must run again to take them back). */
    private boolean readsBoosted;
    private boolean writesBoosted;
    /** By position: whether the partition ran hot last tick (at its heat threshold); only those record per-key load. */
    private boolean[] warm = new boolean[0];
    /** Hot partitions already reported as beyond help, so that the report is made once. */
    private final Set<PartitionId> reportedNoSplit = new HashSet<>();
    /** The replica group of each partition (F4.1). */
    private final PartitionReplicas replicas;
    /** Hot partitions already reported as waiting for their heat to last (a deferred split), once per hot spell. */
    private final Set<PartitionId> reportedDeferred = new HashSet<>();
    private static final int CONSUMED_READ = 0;
    private static final int CONSUMED_WRITE = 1;
    private static final int THROTTLED_READ = 2;
    private static final int THROTTLED_WRITE = 3;
    private static final int SERVED = 4;
    private static final int THROTTLED = 5;
    /** Then, per operation, served requests, read units and write units (see {@link #opField}). */
    private static final int OP_FIELDS = 3;
    private static final ApiOperation[] OPERATIONS = ApiOperation.values();
    private static final int BASE_FIELDS = 6;
    private static final int TICK_FIELDS = BASE_FIELDS + OPERATIONS.length * OP_FIELDS;

    private Partitions(ResourceType resource, String arn, String table, String index, PartitionMap map, BillingMode mode,
                       ProvisionedThroughput throughput, long now, ReplicationContext replication) {
        this.resource = resource;
        this.replicas = new PartitionReplicas(replication);
        this.arn = arn;
        this.owner = new String[] {table, index};
        this.map = map;
        this.mode = mode;
        this.provisioned = throughput;
        if (mode == BillingMode.PAY_PER_REQUEST) {
            onDemandRead = OnDemandCapacity.newTable(resource, OperationType.Read, OnDemandSpec.defaults(OperationType.Read), now);
            onDemandWrite = OnDemandCapacity.newTable(resource, OperationType.Write, OnDemandSpec.defaults(OperationType.Write), now);
        } else {
            highestRead = throughput.readCapacityUnits();
            highestWrite = throughput.writeCapacityUnits();
        }
        syncGates(now);
    }

    /** The partitions of a new table or GSI: sized for its throughput, or for on-demand warm throughput (F3.10, F3.22). */
    static Partitions create(ResourceType resource, String arn, String table, String index, BillingMode mode,
                             ProvisionedThroughput throughput, long now, ReplicationContext replication) {
        PartitionMap map = mode == BillingMode.PAY_PER_REQUEST || throughput == null
                ? PartitionMap.onDemand()
                : PartitionMap.provisioned(throughput.readCapacityUnits(), throughput.writeCapacityUnits());
        return new Partitions(resource, arn, table, index, map, mode,
                throughput == null ? ProvisionedThroughput.NONE : throughput, now, replication);
    }

    /**
     * Lays an empty table out as {@code count} equal partitions sharing its throughput, as if it
     * had grown to that size (a simulation set-up for large tables at rate level).
     */
    void presplit(int count, long now) {
        map = PartitionMap.withPartitions(count, map.totalAllocated());
        replicas.reset();
        gates.clear();
        keyLoads.clear();
        reportedNoSplit.clear();
        reportedDeferred.clear();
        splits = new SplitSchedule();
        readsBoosted = false;
        writesBoosted = false;
        shares = null;
        syncGates(now);
    }

    /** Whether to count served requests by operation from now on (see {@link #operationDetail}). */
    void operationDetail(boolean on) {
        operationDetail = on;
    }

    /** The replica group of the partition holding a token. */
    ReplicaGroup groupOf(Token token) {
        return replicas.of(map.partitionAt(map.indexOf(token)).id());
    }

    /** The replica group of the partition at a position in key order. */
    ReplicaGroup groupAt(int at) {
        return replicas.of(map.partitionAt(at).id());
    }

    /** The replica group of a partition. */
    ReplicaGroup groupOf(PartitionId id) {
        return replicas.of(id);
    }

    /** Notices replica failures, returns, elections and repairs due at {@code now} in every live partition's group. */
    void refreshReplicas(long now) {
        replicas.refresh(map.partitions(), owner[0], owner[1], now);
    }

    /** The partition map, for students to look at. */
    PartitionMap map() {
        return map;
    }

    /** The billing mode these partitions serve under (the table's; a GSI follows its table). */
    BillingMode mode() {
        return mode;
    }

    /** The ARN named in ThrottlingReasons. */
    String arn() {
        return arn;
    }

    /** Adds stored bytes to the partition of a token. */
    void addStoredBytes(Token token, long delta) {
        if (delta != 0) map.addStoredBytes(token, delta);
    }

    /** What a request of {@code units} on the partition of {@code partitionKey} asks: the partition's gate and, on demand, the table's. */
    Charge charge(Token token, OperationType operation, double units) {
        int at = map.indexOf(token);
        ThroughputGate partitionGate = gateAt[at][operation.ordinal()];
        List<CapacityClaim> claims = mode == BillingMode.PAY_PER_REQUEST
                ? List.of(new CapacityClaim(partitionGate, units),
                        new CapacityClaim(operation == OperationType.Read ? onDemandRead : onDemandWrite, units))
                : List.of(new CapacityClaim(partitionGate, units));
        return new Charge(this, at, token, operation, units, claims);
    }

    /**
     * Counts a charge that was served: units, the key's load for split-for-heat and, when it is the
     * request's first charge on this partition ({@code newRequest}), the request.
     */
    void served(Charge c, boolean newRequest, ApiOperation operation, long now) {
        double[] t = countersAt(c.position());
        boolean read = c.operation() == OperationType.Read;
        t[read ? CONSUMED_READ : CONSUMED_WRITE] += c.units();
        if (newRequest) t[SERVED]++;
        if (t.length > BASE_FIELDS) {
            int op = opField(operation);
            t[op + (read ? 1 : 2)] += c.units();
            if (newRequest) t[op]++;
        }
        if (warm[c.position()]) recordLoad(c.position(), c.token(), c.units(), now);
    }

    /** Where an operation's three served fields start in a tick's counters. */
    private static int opField(ApiOperation operation) {
        return BASE_FIELDS + operation.ordinal() * OP_FIELDS;
    }

    /** The operations served in a tick's counters, in operation order (none when the tick did not count them). */
    private static List<OperationServed> servedByOperation(double[] t) {
        if (t.length <= BASE_FIELDS) return List.of();
        List<OperationServed> out = new ArrayList<>(2);
        for (ApiOperation o : OPERATIONS) {
            int f = opField(o);
            if (t[f] > 0 || t[f + 1] > 0 || t[f + 2] > 0) out.add(new OperationServed(o, t[f], t[f + 1], t[f + 2]));
        }
        return out;
    }

    private double[] countersAt(int at) {
        double[] t = counters[at];
        if (t == null) {
            t = new double[operationDetail ? TICK_FIELDS : BASE_FIELDS];
            counters[at] = t;
        }
        return t;
    }

    private void recordLoad(int at, Token token, double units, long now) {
        Map<Token, double[]> loads = loadsAt[at];
        if (loads == null) {
            loads = new HashMap<>();
            keyLoads.put(positions[at], loads);
            loadsAt[at] = loads;
        }
        double[] load = loads.get(token);
        if (load == null) {
            loads.put(token, new double[] {units, now, now});
        } else {
            load[0] += units;
            load[2] = now;
        }
    }

    /**
     * Serves aggregate requests on the partition at a position: as many as its gates (and, on
     * demand, the table's) have units for, the rest throttled; returns the requests served. A null
     * {@code token} (traffic spread over the partition's keys) records no per-key load, so that
     * split-for-heat sees the heavy hitters and cuts the spread load in the middle.
     */
    double serveAggregateAt(int at, Token token, OperationType operation, Map<ApiOperation, Double> apis, double requests,
                            double unitsPerRequest, long now) {
        if (requests <= 0) return 0;
        ThroughputGate gate = gateAt[at][operation.ordinal()];
        ThroughputGate table = mode == BillingMode.PAY_PER_REQUEST
                ? (operation == OperationType.Read ? onDemandRead : onDemandWrite) : null;
        double available = gate.available(now);
        if (table != null) available = Math.min(available, table.available(now));
        double served = unitsPerRequest <= 0 ? requests : Math.min(requests, available / unitsPerRequest);
        double units = served * unitsPerRequest;
        if (units > 0) {
            gate.consume(units, now);
            if (table != null) table.consume(units, now);
        }
        double[] t = countersAt(at);
        boolean read = operation == OperationType.Read;
        t[read ? CONSUMED_READ : CONSUMED_WRITE] += units;
        t[read ? THROTTLED_READ : THROTTLED_WRITE] += (requests - served) * unitsPerRequest;
        t[SERVED] += served;
        t[THROTTLED] += requests - served;
        if (t.length > BASE_FIELDS) {
            for (Map.Entry<ApiOperation, Double> e : apis.entrySet()) {
                int op = opField(e.getKey());
                t[op] += served * e.getValue();
                t[op + (read ? 1 : 2)] += units * e.getValue();
            }
        }
        if (warm[at] && units > 0 && token != null) recordLoad(at, token, units, now);
        return served;
    }

    /**
     * On demand, the share of {@code units} the table-wide gate can take at {@code now} (at most 1),
     * so that aggregate traffic is cut evenly across partitions when the table's ceiling binds;
     * 1 for a provisioned table.
     */
    double onDemandShare(OperationType operation, double units, long now) {
        if (mode != BillingMode.PAY_PER_REQUEST || units <= 0) return 1;
        double available = (operation == OperationType.Read ? onDemandRead : onDemandWrite).available(now);
        return Math.min(1, available / units);
    }

    /** Counts aggregate requests refused before reaching the partition at a position (the table's ceiling). */
    void throttledAt(int at, OperationType operation, double requests, double unitsPerRequest) {
        if (requests <= 0) return;
        double[] t = countersAt(at);
        t[operation == OperationType.Read ? THROTTLED_READ : THROTTLED_WRITE] += requests * unitsPerRequest;
        t[THROTTLED] += requests;
    }

    /** The position of the partition that holds a token. */
    int positionOf(Token token) {
        return map.indexOf(token);
    }

    /** Each partition's share of the key space, in key order (cached until the partitions change). */
    double[] shares() {
        if (shares == null) {
            shares = new double[map.size()];
            for (int i = 0; i < shares.length; i++) shares[i] = map.partitionAt(i).range().ownership();
        }
        return shares;
    }

    /** Counts a charge that was throttled: its units and, when {@code newRequest} (as for {@link #served}), the request. */
    void throttled(Charge c, boolean newRequest) {
        double[] t = countersAt(c.position());
        t[c.operation() == OperationType.Read ? THROTTLED_READ : THROTTLED_WRITE] += c.units();
        if (newRequest) t[THROTTLED]++;
    }

    /**
     * Applies a new billing mode or provisioned throughput: raising it beyond what the partitions
     * support doubles them (F3.10); lowering it or switching mode keeps them (F3.14); switching to
     * on demand keeps at least the highest provisioned figures (F3.24).
     */
    void reprovision(BillingMode newMode, ProvisionedThroughput throughput, long now, ToLongFunction<TokenRange> bytesIn) {
        if (newMode == mode && throughput.equals(provisioned)) return;
        provisioned = throughput;
        if (newMode == BillingMode.PROVISIONED) {
            highestRead = Math.max(highestRead, throughput.readCapacityUnits());
            highestWrite = Math.max(highestWrite, throughput.writeCapacityUnits());
            Throughput total = new Throughput(throughput.readCapacityUnits(), throughput.writeCapacityUnits());
            int target = PartitionRules.partitionsAfterRaise(map.size(), total);
            if (target > map.size()) {
                doubleTo(target, now, "provisioned throughput raised beyond what " + map.size() + " partitions support",
                        pendingEvents);
                recountBytes(bytesIn);
            }
            map.provision(total);
        } else if (mode == BillingMode.PROVISIONED) {
            if (onDemandRead == null) {
                onDemandRead = OnDemandCapacity.switchedFromProvisioned(resource, OperationType.Read,
                        OnDemandSpec.defaults(OperationType.Read), highestRead, now);
                onDemandWrite = OnDemandCapacity.switchedFromProvisioned(resource, OperationType.Write,
                        OnDemandSpec.defaults(OperationType.Write), highestWrite, now);
            } else {
                onDemandRead.prewarm(Math.max(onDemandRead.warmThroughput(now), highestRead), now);
                onDemandWrite.prewarm(Math.max(onDemandWrite.warmThroughput(now), highestWrite), now);
            }
        }
        if (newMode != mode) gates.clear();
        mode = newMode;
        syncGates(now);
    }

    /**
     * After partitions split, sets each one's stored bytes from the items it holds; a table with
     * no items (rate level) keeps the estimate by key-range share instead.
     */
    private void recountBytes(ToLongFunction<TokenRange> bytesIn) {
        long[] exact = new long[map.size()];
        long total = 0;
        for (int i = 0; i < exact.length; i++) {
            exact[i] = bytesIn.applyAsLong(map.partitionAt(i).range());
            total += exact[i];
        }
        if (total == 0) return;
        for (int i = 0; i < exact.length; i++) map.setStoredBytes(map.partitionAt(i).id(), exact[i]);
    }

    /**
     * Gives every current partition its gates, with the allocation the map holds, and lines the
     * per-position arrays up with the map again (this tick's counters follow their partitions).
     */
    private void syncGates(long now) {
        Map<PartitionId, double[]> oldCounters = new HashMap<>();
        Map<PartitionId, Boolean> oldWarm = new HashMap<>();
        for (int i = 0; i < counters.length && i < positions.length; i++) {
            if (counters[i] != null) oldCounters.put(positions[i], counters[i]);
            if (warm[i]) oldWarm.put(positions[i], true);
        }
        int n = map.size();
        Map<PartitionId, ThroughputGate[]> current = new HashMap<>();
        gateAt = new ThroughputGate[n][];
        counters = new double[n][];
        warm = new boolean[n];
        positions = new PartitionId[n];
        for (int i = 0; i < n; i++) {
            Partition p = map.partitionAt(i);
            ThroughputGate[] g = gates.get(p.id());
            if (g == null) {
                g = mode == BillingMode.PAY_PER_REQUEST
                        ? new ThroughputGate[] {
                            PartitionLimit.standard(resource, OperationType.Read, now),
                            PartitionLimit.standard(resource, OperationType.Write, now)}
                        : new ThroughputGate[] {
                            ProvisionedPartitionCapacity.of(resource, OperationType.Read, p.allocated().readUnits(), now),
                            ProvisionedPartitionCapacity.of(resource, OperationType.Write, p.allocated().writeUnits(), now)};
            } else if (mode == BillingMode.PROVISIONED) {
                ((ProvisionedPartitionCapacity) g[0]).setAllocatedRate(p.allocated().readUnits(), now);
                ((ProvisionedPartitionCapacity) g[1]).setAllocatedRate(p.allocated().writeUnits(), now);
            }
            current.put(p.id(), g);
            gateAt[i] = g;
            positions[i] = p.id();
            counters[i] = oldCounters.get(p.id());
            warm[i] = oldWarm.containsKey(p.id());
        }
        gates.clear();
        gates.putAll(current);
        provisionedGates[0] = null;
        provisionedGates[1] = null;
        loadsAt = newLoads(n);
        for (int i = 0; i < n; i++) loadsAt[i] = keyLoads.get(positions[i]);
        shares = null;
    }

    /** The units all partitions consumed in the newest tick ended (null before the first). */
    TickUsage lastTick() {
        return lastTick;
    }

    /**
     * Ends a tick over [{@code start}, {@code end}): records each partition's usage, reports the
     * active ones, lends unused provisioned capacity to hot partitions (adaptive capacity, F3.19),
     * completes splits that are due and starts the ones the policies ask for (F3.8, F3.13).
     * {@code keySizes} lists the stored (token, bytes) of a range; {@code bytesIn} counts its bytes.
     */
    void endTick(String table, String index, long start, long end, SplitSettings settings,
                 Function<TokenRange, List<KeySize>> keySizes, ToLongFunction<TokenRange> bytesIn,
                 List<PartitionTick> ticks, List<SplitEvent> events) {
        if (!pendingEvents.isEmpty()) {
            events.addAll(pendingEvents);
            pendingEvents.clear();
        }
        int n = map.size();
        double tickSeconds = (end - start) / 1000.0;
        double tickRead = 0;
        double tickWrite = 0;
        double[] readDemand = new double[n];
        double[] writeDemand = new double[n];
        double[] utilization = new double[n];
        double heat = settings.heat().thresholdFraction();
        for (int i = 0; i < n; i++) {
            Partition p = map.partitionAt(i);
            double[] t = counters[i];
            double read = t == null ? 0 : t[CONSUMED_READ];
            double write = t == null ? 0 : t[CONSUMED_WRITE];
            map.usageAt(i).record(start, end, read, write);
            tickRead += read;
            tickWrite += write;
            utilization[i] = t == null ? 0 : utilization(read, write, tickSeconds, limitOf(p));
            warm[i] = utilization[i] >= heat;
            if (t != null) {
                readDemand[i] = (read + t[THROTTLED_READ]) / tickSeconds;
                writeDemand[i] = (write + t[THROTTLED_WRITE]) / tickSeconds;
                if (ticks != null) {
                    ticks.add(new PartitionTick(table, index, p.id(), read, write, t[THROTTLED_READ], t[THROTTLED_WRITE],
                            Math.round(t[SERVED]), Math.round(t[THROTTLED]), p.storedBytes(), servedByOperation(t)));
                }
                counters[i] = null;
            }
        }
        lastTick = new TickUsage(start, end, tickRead, tickWrite);
        if (mode == BillingMode.PROVISIONED) {
            boolean readsHot = anyAbove(readDemand, true);
            boolean writesHot = anyAbove(writeDemand, false);
            if (readsHot || readsBoosted) {
                AdaptiveCapacity.apply(provisioned.readCapacityUnits(), gatesOf(OperationType.Read), readDemand, end);
            }
            if (writesHot || writesBoosted) {
                AdaptiveCapacity.apply(provisioned.writeCapacityUnits(), gatesOf(OperationType.Write), writeDemand, end);
            }
            readsBoosted = readsHot;
            writesBoosted = writesHot;
        }
        heatCheckDue = end / HEAT_EVALUATION_MILLIS > start / HEAT_EVALUATION_MILLIS;
        List<SplitPlan> due = splits.takeDue(end);
        Set<PartitionId> completing = new HashSet<>();
        for (SplitPlan plan : due) completing.add(plan.partition());
        long sizeThreshold = settings.size().thresholdBytes();
        for (int i = 0; i < n; i++) {
            Partition p = map.partitionAt(i);
            boolean hot = utilization[i] >= heat;
            if (!hot && p.storedBytes() < sizeThreshold && keyLoads.isEmpty() && reportedNoSplit.isEmpty()
                    && reportedDeferred.isEmpty()) continue;
            if (!completing.contains(p.id())) decideSplit(table, index, p, hot, end, settings, keySizes, events);
        }
        for (SplitPlan plan : due) completeSplit(table, index, plan, end, bytesIn, events);
        if (mode == BillingMode.PAY_PER_REQUEST) growForPeak(end, bytesIn, events);
    }

    /**
     * Splits every partition at its middle until there are {@code target}, recording each split
     * with cause THROUGHPUT (F3.10, F3.14).
     */
    private void doubleTo(int target, long now, String why, List<SplitEvent> events) {
        while (map.size() < target) {
            List<Partition> parents = map.partitions();
            map.doubleAll();
            for (int i = 0; i < parents.size(); i++) {
                Partition lower = map.partitionAt(2 * i);
                Partition upper = map.partitionAt(2 * i + 1);
                reportedNoSplit.remove(parents.get(i).id());
                reportedDeferred.remove(parents.get(i).id());
                SplitPlan superseded = splits.cancel(parents.get(i).id());
                if (superseded != null) {
                    events.add(SplitEvent.cancelled(owner[0], owner[1], superseded, "superseded by a throughput split"));
                }
                replicas.split(parents.get(i).id(), List.of(lower, upper));
                SplitPlan plan = new SplitPlan(parents.get(i).id(), upper.range().start(), SplitCause.THROUGHPUT, now, now, why);
                events.add(SplitEvent.completed(owner[0], owner[1], plan, List.of(lower, upper)));
            }
        }
    }

    /**
     * An on-demand table that reaches a new high-water mark gets the partitions to serve it
     * (F3.14): when its warm throughput or previous peak needs more partitions than it has, every
     * partition splits at its middle (as many times as needed), each split traced with cause
     * THROUGHPUT.
     */
    private void growForPeak(long now, ToLongFunction<TokenRange> bytesIn, List<SplitEvent> events) {
        Throughput peak = new Throughput(
                Math.max(onDemandRead.warmThroughput(now), onDemandRead.previousPeak(now)),
                Math.max(onDemandWrite.warmThroughput(now), onDemandWrite.previousPeak(now)));
        int target = PartitionRules.partitionsAfterRaise(map.size(), peak);
        if (target <= map.size()) return;
        doubleTo(target, now, "new on-demand peak needs " + target + " partitions", events);
        map.divideEvenly(peak);
        recountBytes(bytesIn);
        syncGates(now);
    }

    private static final Throughput PARTITION_MAXIMUM = PartitionRules.partitionMaximum();

    @SuppressWarnings("unchecked")
    private static Map<Token, double[]>[] newLoads(int n) {
        return (Map<Token, double[]>[]) new Map<?, ?>[n];
    }

    /** The larger of the read and write rates over their limits (F3.7: separate limits). */
    private static double utilization(double read, double write, double seconds, Throughput limit) {
        return Math.max(read / seconds / limit.readUnits(), write / seconds / limit.writeUnits());
    }

    /**
     * What a partition's heat is measured against: the per-partition limit of 3,000 RCU / 1,000
     * WCU in both modes (F3.7; F3.14: "a partition's traffic nears its throughput limit"). Measuring
     * against a provisioned partition's allocation would split it again and again, since each child
     * gets half the allocation.
     */
    private Throughput limitOf(Partition p) {
        return PARTITION_MAXIMUM;
    }

    private void decideSplit(String table, String index, Partition p, boolean hot, long now, SplitSettings settings,
                             Function<TokenRange, List<KeySize>> keySizes, List<SplitEvent> events) {
        boolean big = p.storedBytes() >= settings.size().thresholdBytes();
        if (!big && !hot) {
            if (!keyLoads.isEmpty() && keyLoads.remove(p.id()) != null) loadsAt[map.indexOf(p.range().start())] = null;
            if (!reportedNoSplit.isEmpty()) reportedNoSplit.remove(p.id());
            if (!reportedDeferred.isEmpty()) reportedDeferred.remove(p.id());
            return;
        }
        if (splits.isSplitting(p.id())) return;
        if (!big && (reportedNoSplit.contains(p.id()) || !heatCheckDue)) return;
        SplitInput input = new SplitInput(p, map.usage(p.id()), limitOf(p), () -> loadsOf(p.id()),
                () -> keySizes.apply(p.range()), now);
        SplitDecision decision = settings.size().decide(input);
        if (!(decision instanceof SplitPlan)) decision = settings.heat().decide(input);
        if (decision instanceof SplitPlan plan) {
            splits.begin(plan);
            events.add(SplitEvent.started(table, index, plan));
            reportedNoSplit.remove(p.id());
            reportedDeferred.remove(p.id());
        } else if (decision instanceof NoSplit no && no.splitWouldNotHelp()) {
            if (reportedNoSplit.add(p.id())) events.add(SplitEvent.noSplit(table, index, no));
        } else if (decision instanceof NoSplit no && no.reason() == NoSplitReason.NOT_SUSTAINED) {
            reportedNoSplit.remove(p.id());
            if (reportedDeferred.add(p.id())) events.add(SplitEvent.noSplit(table, index, no));
        } else {
            reportedNoSplit.remove(p.id());
        }
    }

    private void completeSplit(String table, String index, SplitPlan plan, long now, ToLongFunction<TokenRange> bytesIn,
                               List<SplitEvent> events) {
        ThroughputGate[] parent = gates.remove(plan.partition());
        Map<Token, double[]> parentLoads = keyLoads.remove(plan.partition());
        reportedNoSplit.remove(plan.partition());
        reportedDeferred.remove(plan.partition());
        List<Partition> children = map.apply(plan);
        replicas.split(plan.partition(), children);
        List<ProvisionedPartitionCapacity> reads = mode == BillingMode.PROVISIONED
                ? ((ProvisionedPartitionCapacity) parent[0]).splitInTwo(now) : null;
        List<ProvisionedPartitionCapacity> writes = mode == BillingMode.PROVISIONED
                ? ((ProvisionedPartitionCapacity) parent[1]).splitInTwo(now) : null;
        long lower = bytesIn.applyAsLong(children.get(0).range());
        long upper = bytesIn.applyAsLong(children.get(1).range());
        boolean counted = lower + upper > 0;
        for (int c = 0; c < children.size(); c++) {
            Partition child = children.get(c);
            if (counted) map.setStoredBytes(child.id(), c == 0 ? lower : upper);
            if (reads != null) gates.put(child.id(), new ThroughputGate[] {reads.get(c), writes.get(c)});
            if (parentLoads != null) {
                Map<Token, double[]> mine = new HashMap<>();
                parentLoads.forEach((token, load) -> {
                    if (child.range().contains(token)) mine.put(token, load);
                });
                keyLoads.put(child.id(), mine);
            }
        }
        syncGates(now);
        events.add(SplitEvent.completed(table, index, plan, map.partitions().stream()
                .filter(p -> children.stream().anyMatch(c -> c.id().equals(p.id()))).toList()));
    }

    private List<KeyLoad> loadsOf(PartitionId id) {
        Map<Token, double[]> loads = keyLoads.get(id);
        if (loads == null) return List.of();
        List<KeyLoad> list = new ArrayList<>(loads.size());
        loads.forEach((token, l) -> list.add(new KeyLoad(token, l[0], (long) l[1], (long) l[2])));
        list.sort((a, b) -> a.token().compareTo(b.token()));
        return list;
    }

    /** True when some partition asked for more than its allocation this tick. */
    private boolean anyAbove(double[] demand, boolean read) {
        for (int i = 0; i < demand.length; i++) {
            Throughput allocated = map.partitionAt(i).allocated();
            if (demand[i] > (read ? allocated.readUnits() : allocated.writeUnits())) return true;
        }
        return false;
    }

    /** A provisioned table's read or write gates in position order (made once per layout). */
    private List<ProvisionedPartitionCapacity> gatesOf(OperationType operation) {
        List<ProvisionedPartitionCapacity>[] lists = provisionedGates;
        if (lists[operation.ordinal()] == null) {
            List<ProvisionedPartitionCapacity> list = new ArrayList<>(gateAt.length);
            for (ThroughputGate[] g : gateAt) list.add((ProvisionedPartitionCapacity) g[operation.ordinal()]);
            lists[operation.ordinal()] = list;
        }
        return lists[operation.ordinal()];
    }
}
