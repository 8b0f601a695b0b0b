package dev.dynasim.engine.billing;

import java.math.BigDecimal;
import java.math.MathContext;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The server-based contrast (facts M1, issue 5): a MongoDB-style cluster on instances you size and pay
 * for around the clock, driven tick by tick; deterministic (no wall clock, no randomness).
 *
 * <p><b>Capacity.</b> An instance sustains the reads and writes per second of its {@link InstanceType}
 * (teaching assumptions), whatever the size of the items: the traffic it is offered is counted in
 * requests, not bytes, so large items cost it no more than small ones. Writes go to each shard's primary: writes/s × shards. Reads go to the
 * primaries too (reads/s × shards) or, with secondary reads, to every member (× members). Reads and
 * writes are separate budgets with separate FIFO queues, a simplification: a real server shares its CPU
 * and disk between them.
 *
 * <p><b>Queueing.</b> A tick's offered requests arrive at a steady rate through the tick; each kind's
 * queue is a fluid that grows while they arrive faster than the capacity and drains, oldest first,
 * when they arrive slower, so queued work is served before new work. A request's latency is the base
 * latency plus the time to serve the queue ahead of it (queue length / service rate, at the capacity in
 * force when it arrives). A request that would wait longer than the queue timeout fails on arrival and
 * is counted as failed, so a queue never holds more than service rate × timeout.
 *
 * <p><b>Billing.</b> Every running instance is billed by the instance-hour, busy or idle, with its disk
 * by the GB-month (720 hours), pro-rated to the millisecond, in exact money. The disk is the spec's
 * fixed size per member (100 GB by default), not the data stored: the cluster does not track the data.
 *
 * <p><b>Manual actions.</b> {@link #resize} and {@link #addShard}: the new instances run, and are
 * billed, from the moment the action starts; the capacity changes only when it completes, the spec's
 * resize duration later (a resize keeps the old instances serving, and billed, until then). One action
 * at a time; a change of capacity inside a tick takes effect at that instant.
 */
public final class ServerCluster {
    /** The "table" column of the cluster's bill lines. */
    public static final String LABEL = "server cluster";
    private static final BigDecimal MILLIS_PER_HOUR = BigDecimal.valueOf(3_600_000);
    private static final BigDecimal MILLIS_PER_MONTH = MILLIS_PER_HOUR.multiply(BigDecimal.valueOf(Bill.HOURS_PER_MONTH));
    private static final MathContext EXACT = MathContext.DECIMAL128;

    private final InstanceCatalogue catalogue;
    private final ClusterSpec spec;
    private final long startMillis;
    private final List<Fleet> fleets = new ArrayList<>();
    private final List<Layout> layouts = new ArrayList<>();
    private final Map<String, Long> instanceMillis = new LinkedHashMap<>();
    private final FluidQueue readQueue = new FluidQueue();
    private final FluidQueue writeQueue = new FluidQueue();
    private long now;
    private long busyUntil;
    private double served;
    private double failed;
    /** The last fleet cost computed, reused while ticks repeat it (a month of 1 s ticks would compute it millions of times). */
    private InstanceType lastType;
    private long lastMillis;
    private BigDecimal lastCost;

    /** Instances of one type, running and billed over {@code [from, until)}. */
    private record Fleet(InstanceType type, int instances, long from, long until) {
    }

    /** The capacity in force from {@code from} on: the instance type and the number of shards. */
    private record Layout(long from, InstanceType type, int shards) {
    }

    /** A cluster laid out as {@code spec}, running from time 0. */
    public ServerCluster(InstanceCatalogue catalogue, ClusterSpec spec) {
        this(catalogue, spec, 0);
    }

    /** A cluster laid out as {@code spec}, running from {@code startMillis}; an unknown instance type fails. */
    public ServerCluster(InstanceCatalogue catalogue, ClusterSpec spec, long startMillis) {
        this.catalogue = catalogue;
        this.spec = spec;
        this.startMillis = startMillis;
        InstanceType type = catalogue.type(spec.instanceType());
        fleets.add(new Fleet(type, spec.instances(), startMillis, Long.MAX_VALUE));
        layouts.add(new Layout(startMillis, type, spec.shards()));
        now = startMillis;
        busyUntil = startMillis;
    }

    /** Runs the tick {@code [startMillis, startMillis + tickMillis)}, which must follow the last one, with the reads and writes offered in it (counts, not rates). */
    public ClusterTick tick(long startMillis, long tickMillis, double offeredReads, double offeredWrites) {
        if (startMillis != now) {
            throw new IllegalArgumentException("ticks follow one another: this one starts at " + startMillis + " ms, the cluster is at " + now + " ms");
        }
        if (tickMillis < 1) throw new IllegalArgumentException("tickMillis must be >= 1, not " + tickMillis);
        if (!(offeredReads >= 0) || !(offeredWrites >= 0) || Double.isInfinite(offeredReads) || Double.isInfinite(offeredWrites)) {
            throw new IllegalArgumentException("offered reads and writes are counts >= 0, not " + offeredReads + " and " + offeredWrites);
        }
        long end = startMillis + tickMillis;
        double readRate = offeredReads * 1000.0 / tickMillis;
        double writeRate = offeredWrites * 1000.0 / tickMillis;
        FluidQueue.Flow reads = FluidQueue.Flow.NONE;
        FluidQueue.Flow writes = FluidQueue.Flow.NONE;
        long from = startMillis;
        while (from < end) {
            long to = end;
            for (Layout l : layouts) if (l.from() > from && l.from() < to) to = l.from();
            double seconds = (to - from) / 1000.0;
            reads = reads.plus(readQueue.run(seconds, readRate, readCapacityPerSecond(from), spec.queueTimeoutMillis()));
            writes = writes.plus(writeQueue.run(seconds, writeRate, writeCapacityPerSecond(from), spec.queueTimeoutMillis()));
            from = to;
        }
        double admitted = reads.admitted() + writes.admitted();
        double mean = admitted > 0 ? spec.baseLatencyMillis() + 1000 * (reads.waitSeconds() + writes.waitSeconds()) / admitted : 0;
        double maxWait = Math.max(reads.maxWaitSeconds(), writes.maxWaitSeconds());
        double max = maxWait >= 0 ? spec.baseLatencyMillis() + 1000 * maxWait : 0;
        BigDecimal cost = bill(startMillis, end);
        served += reads.served() + writes.served();
        failed += reads.failed() + writes.failed();
        now = end;
        return new ClusterTick(startMillis, end, offeredReads, offeredWrites, reads.served(), writes.served(), readQueue.length(),
                writeQueue.length(), reads.failed(), writes.failed(), mean, max, mostInstances(startMillis, end), cost);
    }

    /** Resizes every member to {@code newTypeName} at {@code atMillis}: billed from then, the new capacity only once the resize completes. */
    public void resize(long atMillis, String newTypeName) {
        checkAction(atMillis);
        InstanceType next = catalogue.type(newTypeName);
        Layout current = layouts.get(layouts.size() - 1);
        if (next.equals(current.type())) throw new IllegalArgumentException("the cluster already runs on " + newTypeName);
        long done = atMillis + spec.resizeMillis();
        for (int i = 0; i < fleets.size(); i++) {
            Fleet f = fleets.get(i);
            if (f.until() == Long.MAX_VALUE) fleets.set(i, new Fleet(f.type(), f.instances(), f.from(), done));
        }
        fleets.add(new Fleet(next, spec.membersPerReplicaSet() * current.shards(), atMillis, Long.MAX_VALUE));
        layouts.add(new Layout(done, next, current.shards()));
        busyUntil = done;
    }

    /** Adds a shard (a replica set) at {@code atMillis}: billed from then, its capacity only once its chunks have migrated. */
    public void addShard(long atMillis) {
        if (spec.topology() == ClusterSpec.Topology.REPLICA_SET) {
            throw new IllegalStateException("a replica set has no shards to add: sharding it is a migration; start from ClusterSpec.sharded(...)");
        }
        checkAction(atMillis);
        Layout current = layouts.get(layouts.size() - 1);
        fleets.add(new Fleet(current.type(), spec.membersPerReplicaSet(), atMillis, Long.MAX_VALUE));
        layouts.add(new Layout(atMillis + spec.resizeMillis(), current.type(), current.shards() + 1));
        busyUntil = atMillis + spec.resizeMillis();
    }

    private void checkAction(long atMillis) {
        if (atMillis < now) throw new IllegalArgumentException("the cluster is at " + now + " ms; an action cannot start at " + atMillis + " ms");
        if (atMillis < busyUntil) {
            throw new IllegalStateException("the last resize completes at " + busyUntil + " ms; growing a server cluster is one manual action at a time");
        }
    }

    /** Reads per second the cluster serves at {@code atMillis}. */
    public double readCapacityPerSecond(long atMillis) {
        Layout l = layoutAt(atMillis);
        return (double) l.type().readsPerSecond() * l.shards() * (spec.readsFromSecondaries() ? spec.membersPerReplicaSet() : 1);
    }

    /** Writes per second the cluster serves at {@code atMillis}. */
    public double writeCapacityPerSecond(long atMillis) {
        Layout l = layoutAt(atMillis);
        return (double) l.type().writesPerSecond() * l.shards();
    }

    /** Instances running (and billed) at {@code atMillis}. */
    public int instancesRunning(long atMillis) {
        int n = 0;
        for (Fleet f : fleets) if (f.from() <= atMillis && atMillis < f.until()) n += f.instances();
        return n;
    }

    private Layout layoutAt(long atMillis) {
        Layout found = layouts.get(0);
        for (Layout l : layouts) if (l.from() <= atMillis) found = l;
        return found;
    }

    private int mostInstances(long from, long to) {
        int most = instancesRunning(from);
        for (Fleet f : fleets) if (f.from() > from && f.from() < to) most = Math.max(most, instancesRunning(f.from()));
        return most;
    }

    /** Records the instance-milliseconds of {@code [from, to)} and returns their cost, disks included. */
    private BigDecimal bill(long from, long to) {
        BigDecimal cost = BigDecimal.ZERO;
        for (Fleet f : fleets) {
            long overlap = Math.min(to, f.until()) - Math.max(from, f.from());
            if (overlap <= 0) continue;
            long millis = overlap * f.instances();
            instanceMillis.merge(f.type().name(), millis, Long::sum);
            if (f.type() != lastType || millis != lastMillis) {
                lastType = f.type();
                lastMillis = millis;
                lastCost = instanceAmount(f.type(), millis).add(storageAmount(millis));
            }
            cost = cost.add(lastCost);
        }
        return cost;
    }

    private static BigDecimal instanceAmount(InstanceType type, long millis) {
        return BigDecimal.valueOf(millis).multiply(type.hourlyPrice()).divide(MILLIS_PER_HOUR, EXACT);
    }

    private BigDecimal storageAmount(long millis) {
        return storageGbMonths(millis).multiply(catalogue.storagePricePerGbMonth());
    }

    private BigDecimal storageGbMonths(long millis) {
        return BigDecimal.valueOf(millis).multiply(BigDecimal.valueOf(spec.diskGbPerMember())).divide(MILLIS_PER_MONTH, EXACT);
    }

    /** The bill of the run so far: instance-hours per type, then the members' disks; {@code pricedOn} dates it. */
    public Bill bill(LocalDate pricedOn) {
        BigDecimal hours = BigDecimal.valueOf(now - startMillis).divide(MILLIS_PER_HOUR, EXACT).stripTrailingZeros();
        return new Bill(catalogue.region(), pricedOn, hours, lines());
    }

    private List<LineItem> lines() {
        List<LineItem> lines = new ArrayList<>();
        long total = 0;
        for (Map.Entry<String, Long> e : instanceMillis.entrySet()) {
            InstanceType t = catalogue.type(e.getKey());
            BigDecimal quantity = BigDecimal.valueOf(e.getValue()).divide(MILLIS_PER_HOUR, EXACT).stripTrailingZeros();
            lines.add(new LineItem(LABEL, "Instance-hours (" + t.name() + ")", quantity, "instance-hour", t.hourlyPrice(),
                    instanceAmount(t, e.getValue()), t.source()));
            total += e.getValue();
        }
        BigDecimal gbMonths = storageGbMonths(total);
        if (gbMonths.signum() > 0) {
            lines.add(new LineItem(LABEL, "Storage (" + catalogue.storageName() + ")", gbMonths.stripTrailingZeros(), "GB-month",
                    catalogue.storagePricePerGbMonth(), storageAmount(total), catalogue.storageSource()));
        }
        return lines;
    }

    /** The cost of the run so far, exact: the total of {@link #bill(LocalDate)}. */
    public BigDecimal cost() {
        BigDecimal sum = BigDecimal.ZERO;
        for (LineItem l : lines()) sum = sum.add(l.amount());
        return sum;
    }

    /** Instance-hours billed so far, every type together. */
    public BigDecimal instanceHours() {
        long total = 0;
        for (long m : instanceMillis.values()) total += m;
        return BigDecimal.valueOf(total).divide(MILLIS_PER_HOUR, EXACT).stripTrailingZeros();
    }

    /** Reads and writes served so far. */
    public double served() {
        return served;
    }

    /** Reads and writes failed so far (they would have waited longer than the queue timeout). */
    public double failed() {
        return failed;
    }

    /** Reads and writes waiting in the queues now. */
    public double queued() {
        return readQueue.length() + writeQueue.length();
    }

    /** The end of the last tick (the start time before the first). */
    public long nowMillis() {
        return now;
    }

    /** The spec the cluster started from. */
    public ClusterSpec spec() {
        return spec;
    }

    /** A few lines: the layout, the capacity now, and the run so far. */
    @Override
    public String toString() {
        Layout l = layoutAt(now);
        return String.format(Locale.ROOT, "%s of %d x %s in %s%ncapacity now: %,.0f reads/s, %,.0f writes/s; queued %,.0f%n"
                        + "run: %s hours, %s instance-hours, %s; served %,.0f, failed %,.0f%n",
                spec.topology() == ClusterSpec.Topology.SHARDED ? l.shards() + " shards" : "Replica set",
                spec.membersPerReplicaSet(), l.type().name(), catalogue.region(), readCapacityPerSecond(now),
                writeCapacityPerSecond(now), queued(), BigDecimal.valueOf(now - startMillis).divide(MILLIS_PER_HOUR, EXACT)
                        .round(new MathContext(6)).stripTrailingZeros().toPlainString(),
                instanceHours().round(new MathContext(6)).toPlainString(), Bill.money(cost()), served, failed);
    }
}
