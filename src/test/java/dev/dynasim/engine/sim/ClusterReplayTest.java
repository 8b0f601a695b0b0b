package dev.dynasim.engine.sim;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dynasim.engine.billing.ClusterSpec;
import dev.dynasim.engine.billing.InstanceCatalogue;
import dev.dynasim.engine.billing.InstanceType;
import dev.dynasim.engine.billing.PeriodSubtotal;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The server-cluster replay: sizing with 70% headroom, whole ticks to the end, and the bill's hourly subtotals. */
class ClusterReplayTest {
    private static final LocalDate ON = LocalDate.of(2026, 11, 24);
    private static final long HOUR = 3_600_000;
    /** Fixture types: "small" serves 5,000 reads/s and 2,000 writes/s at $0.10/h, "big" twice that at $0.36/h; disks are free. */
    private static final InstanceCatalogue CATALOGUE = new InstanceCatalogue("test-region", ON, "disk", BigDecimal.ZERO, "fixture", List.of(
            new InstanceType("small", 2, 8, new BigDecimal("0.10"), 5_000, 2_000, 0, "fixture", "fixture"),
            new InstanceType("big", 4, 16, new BigDecimal("0.36"), 10_000, 4_000, 0, "fixture", "fixture")));

    private static OfferedTraffic peak(double readsPerSecond, double writesPerSecond) {
        OfferedTraffic t = new OfferedTraffic(1_000);
        t.add(1_000, readsPerSecond / 10, writesPerSecond / 10);
        t.add(2_000, readsPerSecond, writesPerSecond);
        return t;
    }

    @Test
    void sizing_peakAtExactly70PercentOfCapacity_fitsTheType() {
        assertThat(ClusterReplay.SIZING_UTILISATION_PERCENT).isEqualTo(70);
        // 3,500 reads/s is 70% of 5,000 and 1,400 writes/s 70% of 2,000
        assertThat(ClusterReplay.sizedFor(peak(3_500, 1_400), CATALOGUE)).isEqualTo(ClusterSpec.replicaSet("small"));
    }

    @Test
    void sizing_peakAbove70Percent_takesTheNextType_evenWhenTheSmallerCouldServeItFlatOut() {
        // 2,000 writes/s is all of small's capacity: enough without headroom, too much with it
        assertThat(ClusterReplay.sizedFor(peak(0, 2_000), CATALOGUE)).isEqualTo(ClusterSpec.replicaSet("big"));
        assertThat(ClusterReplay.sizedFor(peak(3_501, 0), CATALOGUE)).isEqualTo(ClusterSpec.replicaSet("big"));
    }

    @Test
    void sizing_beyondTheLargestType_shardsItSoEachShardRunsAtMost70Percent() {
        // big takes 2,800 writes/s at 70%: 5,600 needs exactly 2 shards, 5,601 needs 3; reads likewise at 7,000 a shard
        assertThat(ClusterReplay.sizedFor(peak(0, 5_600), CATALOGUE)).isEqualTo(ClusterSpec.sharded("big", 2));
        assertThat(ClusterReplay.sizedFor(peak(0, 5_601), CATALOGUE)).isEqualTo(ClusterSpec.sharded("big", 3));
        assertThat(ClusterReplay.sizedFor(peak(21_000, 0), CATALOGUE)).isEqualTo(ClusterSpec.sharded("big", 3));
    }

    @Test
    void run_partialLastTick_isBilledInFull_asTheSimulationRunsIt() {
        // 2.5 s in ticks of 1 s: the simulation runs 3 ticks, so the cluster is billed for 3 s, not 2
        ClusterReplay.Result r = ClusterReplay.run(new OfferedTraffic(1_000), 2_500, CATALOGUE, ClusterSpec.replicaSet("big"), ON);
        assertThat(r.bill().periodHours()).isEqualByComparingTo(BigDecimal.valueOf(3_000).divide(BigDecimal.valueOf(HOUR),
                java.math.MathContext.DECIMAL128));
        // 3 instances x $0.36/h x 3 s = $0.0009
        assertThat(r.bill().total()).isEqualByComparingTo("0.0009");
    }

    @Test
    void run_hourlySubtotals_splitATickAcrossAnHourByTime_andAddUpToTheTotal() {
        // ticks of 7 minutes over 2 h: 18 ticks (the last partial one billed in full) to 2.1 h; the tick [56 min, 63 min)
        // is split 4 minutes to hour 0 and 3 to hour 1. 3 x big = $1.08 an hour.
        ClusterReplay.Result r = ClusterReplay.run(new OfferedTraffic(420_000), 2 * HOUR, CATALOGUE, ClusterSpec.replicaSet("big"), ON);
        assertThat(r.bill().hours()).extracting(PeriodSubtotal::fromMillis).containsExactly(0L, HOUR, 2 * HOUR);
        assertThat(r.bill().hours()).extracting(PeriodSubtotal::amount).usingElementComparator(BigDecimal::compareTo)
                .containsExactly(new BigDecimal("1.08"), new BigDecimal("1.08"), new BigDecimal("0.108"));
        assertThat(r.bill().total()).isEqualByComparingTo("2.268");
        assertThat(r.bill().days()).singleElement().satisfies(d -> assertThat(d.amount()).isEqualByComparingTo("2.268"));
    }
}
