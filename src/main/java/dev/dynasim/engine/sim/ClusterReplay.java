package dev.dynasim.engine.sim;

import dev.dynasim.engine.billing.Bill;
import dev.dynasim.engine.billing.ClusterSpec;
import dev.dynasim.engine.billing.ClusterTick;
import dev.dynasim.engine.billing.InstanceCatalogue;
import dev.dynasim.engine.billing.InstanceType;
import dev.dynasim.engine.billing.ServerCluster;
import java.time.LocalDate;

/**
 * The server-cluster side of a what-if replay (facts M1): the same offered traffic run against a
 * MongoDB-style cluster, tick by tick, and billed by the instance-hour. Unless told which cluster, it
 * sizes one as an operator would for the peak: a replica set of the catalogue's cheapest instance type
 * whose primary covers the peak reads and writes per second, or, when no type does, shards of the
 * largest type, enough for the peak.
 */
public final class ClusterReplay {
    /**
     * What the cluster did: its bill, requests served, failed and still queued at the end, and latency
     * (mean over the requests that were not refused, the worst tick's max).
     */
    public record Result(ClusterSpec spec, Bill bill, long served, long failed, long queued, double meanLatencyMillis,
                         double maxLatencyMillis) {
        /** The cluster in words, e.g. "3 x m6i.large replica set". */
        public String describe() {
            String layout = spec.shards() > 1 ? spec.shards() + " shards of " + spec.membersPerReplicaSet() : String.valueOf(spec.membersPerReplicaSet());
            return layout + " x " + spec.instanceType() + (spec.shards() > 1 ? " (sharded)" : " replica set");
        }
    }

    private ClusterReplay() {
    }

    /** The cluster an operator would size for {@code traffic}'s peak from {@code catalogue}. */
    public static ClusterSpec sizedFor(OfferedTraffic traffic, InstanceCatalogue catalogue) {
        double reads = traffic.peakReadsPerSecond();
        double writes = traffic.peakWritesPerSecond();
        InstanceType cheapest = null;
        InstanceType largest = null;
        for (InstanceType t : catalogue.types()) {
            if (t.readsPerSecond() >= reads && t.writesPerSecond() >= writes
                    && (cheapest == null || t.hourlyPrice().compareTo(cheapest.hourlyPrice()) < 0)) cheapest = t;
            if (largest == null || t.writesPerSecond() > largest.writesPerSecond()) largest = t;
        }
        if (cheapest != null) return ClusterSpec.replicaSet(cheapest.name());
        int shards = (int) Math.max(Math.ceil(reads / largest.readsPerSecond()), Math.ceil(writes / largest.writesPerSecond()));
        return ClusterSpec.sharded(largest.name(), shards);
    }

    /** Runs {@code traffic} over {@code durationMillis} against a cluster of {@code spec}, billed at prices of {@code pricedOn}. */
    public static Result run(OfferedTraffic traffic, long durationMillis, InstanceCatalogue catalogue, ClusterSpec spec,
                             LocalDate pricedOn) {
        ServerCluster cluster = new ServerCluster(catalogue, spec);
        long tick = traffic.tickMillis();
        double latencyWeight = 0;
        double latencySum = 0;
        double max = 0;
        int ticks = (int) (durationMillis / tick);
        for (int i = 0; i < ticks; i++) {
            ClusterTick t = cluster.tick(i * tick, tick, traffic.reads(i), traffic.writes(i));
            double arrived = t.offered() - t.failed();
            latencySum += t.meanLatencyMillis() * arrived;
            latencyWeight += arrived;
            max = Math.max(max, t.maxLatencyMillis());
        }
        return new Result(spec, cluster.bill(pricedOn), Math.round(cluster.served()), Math.round(cluster.failed()), Math.round(cluster.queued()),
                latencyWeight == 0 ? 0 : latencySum / latencyWeight, max);
    }
}
