package dev.dynasim.engine.table;

import dev.dynasim.engine.replication.Availability;
import dev.dynasim.engine.replication.ReplicaGroup;
import java.util.Map;

/**
 * Replication at rate level (statistically, F4.3-F4.6): of the requests routed to a partition in a
 * tick, writes and strongly consistent reads are refused for the share of the tick its replica group
 * cannot serve them (a lease wait, no quorum), eventually consistent reads when no replica is left;
 * and of the eventually consistent reads served, the expected share that is stale follows from how
 * often the key is written and the followers' lag ({@link ReplicaGroup#staleProbability}). Group states
 * are looked at only while faults or repairs are under way; otherwise every group is healthy.
 */
final class RateReplication {
    /** No replication effects (replication switched off). */
    static final RateReplication OFF = new RateReplication(null, null, null, 0, 0, false);

    private final ReplicationContext context;
    private final String table;
    private final RateTraffic traffic;
    private final long start;
    private final long end;
    private final boolean faults;
    private final ReplicationTally tally;
    /** The stale chance of a tail key in a healthy group (the same for every partition). */
    private final double healthyTailStale;

    RateReplication(ReplicationContext context, String table, RateTraffic traffic, long start, long end, boolean faults) {
        this.context = context;
        this.tally = context == null ? null : context.tally(table);
        this.healthyTailStale = context == null || traffic.reads() == null ? 0
                : healthyStaleProbability(context, traffic.reads().tailKeyWritesPerMilli());
        this.table = table;
        this.traffic = traffic;
        this.start = start;
        this.end = end;
        this.faults = faults;
    }

    /** Of {@code asked} requests to the partition at {@code at}, how many its replica group refuses; each counted as a failure. */
    double refused(Partitions partitions, int at, double asked) {
        if (context == null || !faults || asked <= 0) return 0;
        ReplicaGroup g = partitions.groupAt(at);
        double strong = traffic.write() ? 1 : traffic.reads() == null ? 0 : traffic.reads().strongShare();
        double down = g.unavailableShare(start, end);
        double refused = asked * strong * down;
        Availability why = down == 0 ? Availability.AVAILABLE : g.writes(start);
        if (refused > 0) fail(partitions, at, why, refused);
        if (!traffic.write() && !g.readableAnywhere(end)) {
            double eventual = asked * (1 - strong);
            fail(partitions, at, Availability.NO_REPLICA, eventual);
            refused += eventual;
        }
        return refused;
    }

    /** Counts {@code served} reads at the partition at {@code at} whose keys are written {@code writesPerMilli} times per ms. */
    void served(Partitions partitions, int at, double served, double writesPerMilli) {
        if (context == null || traffic.write() || traffic.reads() == null || served <= 0) return;
        double eventual = served * (1 - traffic.reads().strongShare());
        if (eventual <= 0) return;
        // only accepted writes make replicas stale: none while the group refuses them
        double p = faults ? partitions.groupAt(at).staleProbability(end,
                writesPerMilli * (1 - partitions.groupAt(at).unavailableShare(start, end)), context.settings)
                : writesPerMilli == traffic.reads().tailKeyWritesPerMilli() ? healthyTailStale
                : healthyStaleProbability(context, writesPerMilli);
        tally.eventualReads(eventual, eventual * p);
    }

    /** The stale chance in a healthy group: one read in three goes to the leader, two to followers without extra lag. */
    private static double healthyStaleProbability(ReplicationContext context, double writesPerMilli) {
        if (writesPerMilli <= 0) return 0;
        double mean = context.settings.lagMaxMillis() == 0 ? 0 : context.settings.lagMeanMillis();
        return 2.0 / 3 * (1 - 1 / (1 + writesPerMilli * mean));
    }

    private void fail(Partitions partitions, int at, Availability why, double requests) {
        long partition = partitions.map().partitionAt(at).id().number();
        for (Map.Entry<ApiOperation, Double> e : traffic.operations().entrySet()) {
            context.failed(table, null, partition, e.getKey(), why, requests * e.getValue());
        }
        if (traffic.write()) tally.unavailableWrites += requests;
        else tally.unavailableReads += requests;
    }
}
