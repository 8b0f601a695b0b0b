package dev.dynasim.engine.sim;

import dev.dynasim.engine.billing.Bill;
import dev.dynasim.engine.billing.ClusterSpec;
import dev.dynasim.engine.billing.ClusterTick;
import dev.dynasim.engine.billing.InstanceCatalogue;
import dev.dynasim.engine.billing.InstanceType;
import dev.dynasim.engine.billing.PeriodSubtotal;
import dev.dynasim.engine.billing.ServerCluster;
import java.math.BigDecimal;
import java.math.MathContext;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * The server-cluster side of a what-if replay (facts M1): the same offered traffic run against a
 * MongoDB-style cluster, tick by tick, and billed by the instance-hour, with the charges of each hour
 * (exact, to 34 significant digits) as the DynamoDB options' bills have them. Unless told which
 * cluster, it sizes one as an operator would for the peak with headroom
 * ({@link #SIZING_UTILISATION_PERCENT}): a replica set of the catalogue's cheapest instance type whose
 * primary serves the peak reads and writes per second at no more than 70% of its capacity, or, when no
 * type does, enough shards of the largest type for that.
 *
 * <p>What the replay does not model, and says so in the what-if's detail: the traffic is counted in
 * requests, not bytes (an instance serves its reads and writes per second whatever the items' sizes);
 * each member's disk is billed at the spec's fixed size (100 GB by default) whatever the data stored;
 * and the scenario's faults (a zone or a replica down) do not touch the cluster, which serves as if
 * every server were up.
 */
public final class ClusterReplay {
    /**
     * How much of its capacity a cluster sized for the traffic may use at the peak, in percent: peak
     * reads/s at most 70% of the read capacity and peak writes/s at most 70% of the write capacity.
     * A modelling choice, the common rule of leaving about 30% headroom for spikes and maintenance, not
     * an AWS or MongoDB figure.
     */
    public static final int SIZING_UTILISATION_PERCENT = 70;
    private static final long HOUR_MILLIS = 3_600_000;

    /**
     * What the cluster did: its bill (with hourly subtotals), requests served, failed and still queued
     * at the end, and latency (mean over the requests that were not refused, the worst tick's max).
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

    /** The cluster an operator would size for {@code traffic}'s peak from {@code catalogue}, at {@link #SIZING_UTILISATION_PERCENT} of capacity. */
    public static ClusterSpec sizedFor(OfferedTraffic traffic, InstanceCatalogue catalogue) {
        double reads = traffic.peakReadsPerSecond();
        double writes = traffic.peakWritesPerSecond();
        InstanceType cheapest = null;
        InstanceType largest = null;
        for (InstanceType t : catalogue.types()) {
            if (fits(reads, t.readsPerSecond()) && fits(writes, t.writesPerSecond())
                    && (cheapest == null || t.hourlyPrice().compareTo(cheapest.hourlyPrice()) < 0)) cheapest = t;
            if (largest == null || t.writesPerSecond() > largest.writesPerSecond()) largest = t;
        }
        if (cheapest != null) return ClusterSpec.replicaSet(cheapest.name());
        int shards = (int) Math.max(shardsFor(reads, largest.readsPerSecond()), shardsFor(writes, largest.writesPerSecond()));
        return ClusterSpec.sharded(largest.name(), shards);
    }

    /** Whether a peak of {@code perSecond} is at most the sizing share of {@code capacity} (compared in whole percent, so 70% of 5,000 is exactly 3,500). */
    private static boolean fits(double perSecond, long capacity) {
        return perSecond * 100 <= (double) capacity * SIZING_UTILISATION_PERCENT;
    }

    /** The shards of {@code capacity} each that keep a peak of {@code perSecond} within the sizing share. */
    private static double shardsFor(double perSecond, long capacity) {
        return Math.ceil(perSecond * 100 / ((double) capacity * SIZING_UTILISATION_PERCENT));
    }

    /**
     * Runs {@code traffic} over {@code durationMillis} against a cluster of {@code spec}, billed at prices
     * of {@code pricedOn}: in whole ticks, a partial last one billed in full, as a simulation runs it.
     */
    public static Result run(OfferedTraffic traffic, long durationMillis, InstanceCatalogue catalogue, ClusterSpec spec,
                             LocalDate pricedOn) {
        ServerCluster cluster = new ServerCluster(catalogue, spec);
        long tick = traffic.tickMillis();
        double latencyWeight = 0;
        double latencySum = 0;
        double max = 0;
        SortedMap<Long, BigDecimal> byHour = new TreeMap<>();
        long ticks = (durationMillis + tick - 1) / tick;
        for (int i = 0; i < ticks; i++) {
            ClusterTick t = cluster.tick(i * tick, tick, traffic.reads(i), traffic.writes(i));
            double arrived = t.offered() - t.failed();
            latencySum += t.meanLatencyMillis() * arrived;
            latencyWeight += arrived;
            max = Math.max(max, t.maxLatencyMillis());
            spreadOverHours(byHour, t);
        }
        Bill whole = cluster.bill(pricedOn);
        List<PeriodSubtotal> hours = new ArrayList<>();
        byHour.forEach((hour, amount) -> hours.add(new PeriodSubtotal(hour * HOUR_MILLIS, (hour + 1) * HOUR_MILLIS, amount)));
        Bill bill = new Bill(whole.region(), whole.pricedOn(), whole.periodHours(), whole.lines(), hours);
        return new Result(spec, bill, Math.round(cluster.served()), Math.round(cluster.failed()), Math.round(cluster.queued()),
                latencyWeight == 0 ? 0 : latencySum / latencyWeight, max);
    }

    /**
     * Adds a tick's cost to the hour it falls in; a tick across an hour's end is shared by time (the
     * replay never resizes, so a tick's instances run through all of it), the last hour taking the
     * remainder so the shares add up to the tick's cost exactly.
     */
    private static void spreadOverHours(SortedMap<Long, BigDecimal> byHour, ClusterTick t) {
        BigDecimal left = t.cost();
        BigDecimal span = BigDecimal.valueOf(t.endMillis() - t.startMillis());
        for (long from = t.startMillis(); from < t.endMillis(); ) {
            long hour = Math.floorDiv(from, HOUR_MILLIS);
            long to = Math.min(t.endMillis(), (hour + 1) * HOUR_MILLIS);
            BigDecimal part = to == t.endMillis() ? left
                    : t.cost().multiply(BigDecimal.valueOf(to - from)).divide(span, MathContext.DECIMAL128);
            byHour.merge(hour, part, BigDecimal::add);
            left = left.subtract(part);
            from = to;
        }
    }
}
