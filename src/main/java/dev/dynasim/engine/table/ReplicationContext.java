package dev.dynasim.engine.table;

import dev.dynasim.engine.replication.Availability;
import dev.dynasim.engine.replication.Region;
import dev.dynasim.engine.replication.ReplicationEvent;
import dev.dynasim.engine.replication.ReplicationSettings;
import dev.dynasim.engine.replication.ZoneHealth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.SplittableRandom;
import java.util.random.RandomGenerator;

/**
 * What every replica group of a database shares: the Region and its zone health, the replication
 * settings, the random streams for replication lag and for choosing the replica of an eventually
 * consistent read, the instant of the request being served (within a simulation tick requests are
 * spread over the tick; a direct call happens at the current time), and what happened since the
 * last tick, for the trace.
 */
final class ReplicationContext {
    final ZoneHealth health;
    ReplicationSettings settings = ReplicationSettings.DEFAULTS;
    /** Makes the named random stream of a table's replication ("replication-lag/T", "replica-reads/T"). */
    java.util.function.Function<String, RandomGenerator> streams = name -> new SplittableRandom(name.hashCode());
    /** Whether replication is simulated at all (off: every replica is the leader, nothing lags or fails). */
    boolean enabled = true;
    /** Replica slots with a failed or slowed replica in force, across every group. */
    long faultySlots;
    /** Whether faults or repairs are under way, so that group states must be looked at (set by the database). */
    boolean faultsActive;
    /** The instant of the request being served, or -1: the current time. */
    long instant = -1;
    final List<ReplicaChange> changes = new ArrayList<>();
    /** This tick's figures by table, in name order. */
    final Map<String, ReplicationTally> tallies = new TreeMap<>();

    ReplicationContext(Region region, java.util.function.LongSupplier clock) {
        this.health = new ZoneHealth(region);
        this.clock = clock;
    }

    /** The Region. */
    Region region() {
        return health.region();
    }

    /** The database's current simulated time. */
    final java.util.function.LongSupplier clock;

    /** The instant of the current request: the set instant, or the current time. */
    long instant() {
        return instant < 0 ? clock.getAsLong() : instant;
    }

    /**
     * The instant whose replica state an eventually consistent read sees. Within a simulation step,
     * the request's instant. A direct call (from JShell, between steps) comes from a person, seconds
     * after the write before it, so it sees the replicas as they are once the longest normal lag has
     * passed: stale only when a replica is slow or catching up.
     */
    long readInstant() {
        return instant < 0 ? clock.getAsLong() + settings.lagMaxMillis() : instant;
    }

    /** This tick's requests refused for unavailability, by table, index, partition, operation and reason, in order of first refusal. */
    final Map<List<Object>, double[]> failures = new LinkedHashMap<>();
    /** The operation being served (set by the database on each request). */
    java.util.function.Supplier<ApiOperation> operation = () -> ApiOperation.GET_ITEM;

    /** Counts a request refused because a replica group could not serve it. */
    void failed(String table, String index, long partition, Availability why) {
        failed(table, index, partition, operation.get(), why, 1);
    }

    /** Counts {@code requests} (fractional at rate level) of {@code op} refused because a replica group could not serve them. */
    void failed(String table, String index, long partition, ApiOperation op, Availability why, double requests) {
        failures.computeIfAbsent(List.of(table, index == null ? "" : index, partition, op.apiName(), why.name()),
                k -> new double[1])[0] += requests;
    }

    /** This tick's refusals as values, then forgotten. */
    List<RequestFailure> drainFailures() {
        List<RequestFailure> out = new ArrayList<>(failures.size());
        failures.forEach((k, v) -> {
            long n = Math.round(v[0]);
            if (n > 0) out.add(new RequestFailure((String) k.get(0), ((String) k.get(1)).isEmpty() ? null : (String) k.get(1),
                    (Long) k.get(2), (String) k.get(3), (String) k.get(4), n));
        });
        failures.clear();
        return out;
    }

    /** This tick's figures of a table. */
    ReplicationTally tally(String table) {
        return tallies.computeIfAbsent(table, t -> new ReplicationTally());
    }

    /** Records what happened to a replica group of a table or GSI partition. */
    void record(String table, String index, long partition, List<ReplicationEvent> events) {
        for (ReplicationEvent e : events) changes.add(new ReplicaChange(table, index, partition, e));
    }
}
