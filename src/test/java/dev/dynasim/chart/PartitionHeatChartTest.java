package dev.dynasim.chart;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dynasim.engine.model.Limits;
import dev.dynasim.engine.trace.PartitionSplit;
import dev.dynasim.engine.trace.SplitCause;
import dev.dynasim.engine.trace.TickMetrics;
import dev.dynasim.engine.trace.TraceEvent;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The partition-heat dataset: units per second per partition and bucket, the hottest partition and the ones it split from. */
class PartitionHeatChartTest {
    private static TickMetrics tick(long time, String index, long partition, double read, double write) {
        return new TickMetrics(time, "T", index, partition, read, write, 0, 0, 1, 0, 1000, 2);
    }

    @Test
    void unitsPerSecond_perPartition_againstTheEngineLimits_hottestWithItsAncestors() {
        List<TraceEvent> trace = List.of(
                tick(1000, null, 0, 0, 100), tick(1000, null, 1, 1500, 1000), tick(1000, "G", 0, 0, 5000),
                tick(2000, null, 0, 0, 200), tick(2000, null, 1, 300, 700),
                new PartitionSplit(3000, "T", null, 1, List.of(2L, 3L), SplitCause.HEAT, "c0000000000000000000000000000000"),
                tick(3000, null, 0, 0, 300), tick(3000, null, 2, 0, 10), tick(3000, null, 3, 0, 1000));
        PartitionHeat data = new PartitionHeatChart().data(new ChartInput("t", 1000, 3000, trace, null, null));

        assertThat(data.table()).isEqualTo("T");
        assertThat(data.readLimit()).isEqualTo(Limits.PARTITION_MAX_RCU);
        assertThat(data.writeLimit()).isEqualTo(Limits.PARTITION_MAX_WCU);
        assertThat(data.bucketMillis()).isEqualTo(1000);
        assertThat(data.hottest()).isEqualTo(3);
        assertThat(data.hottestLineage()).containsExactly(1L, 3L);
        assertThat(data.partitions()).extracting(PartitionHeat.Series::partition).containsExactly(0L, 1L, 2L, 3L);
        assertThat(data.series(0).points()).containsExactly(new PartitionHeat.Point(0, 1000, 0, 100),
                new PartitionHeat.Point(1000, 2000, 0, 200), new PartitionHeat.Point(2000, 3000, 0, 300));
        PartitionHeat.Series p1 = data.series(1);
        assertThat(p1.peakRead()).isEqualTo(1500);
        assertThat(p1.peakWrite()).isEqualTo(1000);
        assertThat(p1.peakShare()).isEqualTo(1.0);
        assertThat(data.series(3).points()).containsExactly(new PartitionHeat.Point(2000, 3000, 0, 1000));
        assertThat(new PartitionHeatChart().caption(data)).isEqualTo("Partition 3 of T peaked at 1,000 WCU/s, 100% of its 1,000 WCU/s limit"
                + " (highlighted with P1, the partition it split from). No other partition of T went above 30% of a limit.");
    }

    @Test
    void aLongRun_isAveragedIntoAtMost300Buckets() {
        List<TraceEvent> trace = new ArrayList<>();
        for (long t = 1000; t <= 600_000; t += 1000) trace.add(tick(t, null, 0, 0, t % 2000 == 0 ? 300 : 100));
        PartitionHeat data = new PartitionHeatChart().data(new ChartInput("t", 1000, 600_000, trace, null, null));
        assertThat(data.bucketMillis()).isEqualTo(2000);
        assertThat(data.series(0).points()).hasSize(300);
        assertThat(data.series(0).points().get(0)).isEqualTo(new PartitionHeat.Point(0, 2000, 0, 200));
        assertThat(data.series(0).points().get(299)).isEqualTo(new PartitionHeat.Point(598_000, 600_000, 0, 200));
        assertThat(new PartitionHeatChart().caption(data)).isEqualTo("Partition 0 of T peaked at 200 WCU/s, 20% of its 1,000 WCU/s limit.");
    }

    @Test
    void idleTicks_haveNoTickMetrics_butCountAsZero_overTheBucketsLength() {
        // 600 ticks in 300 buckets of 2 ticks; the partition writes 1,000 units every other tick and is idle (no TickMetrics) in between
        List<TraceEvent> trace = new ArrayList<>();
        for (long t = 2000; t <= 600_000; t += 2000) trace.add(tick(t, null, 0, 0, 1000));
        PartitionHeat data = new PartitionHeatChart().data(new ChartInput("t", 1000, 600_000, trace, null, null));
        assertThat(data.series(0).points().get(0)).isEqualTo(new PartitionHeat.Point(0, 2000, 0, 500));
        assertThat(data.series(0).peakWrite()).isEqualTo(500);

        // one tick per bucket: an idle tick is a point at 0, not a line bridging it
        PartitionHeat fine = new PartitionHeatChart().data(new ChartInput("t", 1000, 3000,
                List.of(tick(1000, null, 0, 0, 100), tick(3000, null, 0, 0, 300)), null, null));
        assertThat(fine.series(0).points()).containsExactly(new PartitionHeat.Point(0, 1000, 0, 100),
                new PartitionHeat.Point(1000, 2000, 0, 0), new PartitionHeat.Point(2000, 3000, 0, 300));
    }

    @Test
    void aPartitionMadeMidBucket_isAveragedOverTheTimeItLived_andItsParentEndsAtTheSplit() {
        // 600 s in buckets of 2 s; P0 splits at 3 s into P1 and P2, which live only the second half of the bucket (2 s, 4 s]
        List<TraceEvent> trace = List.of(
                tick(1000, null, 0, 0, 400), tick(2000, null, 0, 0, 400), tick(3000, null, 0, 0, 400),
                new PartitionSplit(3000, "T", null, 0, List.of(1L, 2L), SplitCause.HEAT, "80000000000000000000000000000000"),
                tick(4000, null, 1, 0, 600), tick(600_000, null, 2, 0, 2));
        PartitionHeat data = new PartitionHeatChart().data(new ChartInput("t", 1000, 600_000, trace, null, null));
        assertThat(data.series(0).points()).containsExactly(new PartitionHeat.Point(0, 2000, 0, 400), new PartitionHeat.Point(2000, 4000, 0, 400));
        assertThat(data.series(1).points().get(0)).isEqualTo(new PartitionHeat.Point(2000, 4000, 0, 600));
        assertThat(data.series(1).points()).hasSize(299);
        assertThat(data.series(2).points().get(298)).isEqualTo(new PartitionHeat.Point(598_000, 600_000, 0, 1));
    }

    @Test
    void barelyBusyPartitions_readAsUnderOnePercent_notZero() {
        PartitionHeat data = new PartitionHeatChart().data(new ChartInput("t", 1000, 1000,
                List.of(tick(1000, null, 0, 0, 4), tick(1000, null, 1, 0, 3)), null, null));
        assertThat(new PartitionHeatChart().caption(data)).isEqualTo("Partition 0 of T peaked at 4 WCU/s, <1% of its 1,000 WCU/s limit."
                + " No other partition of T reached 1% of a limit.");
        PartitionHeat idle = new PartitionHeatChart().data(new ChartInput("t", 1000, 1000,
                List.of(tick(1000, null, 0, 0, 40), tick(1000, null, 1, 0, 0)), null, null));
        assertThat(new PartitionHeatChart().caption(idle)).endsWith(" No other partition of T consumed anything.");
    }

    @Test
    void aRunWithoutTickMetrics_hasNoHeatChart() {
        assertThat(new PartitionHeatChart().data(new ChartInput("t", 1000, 0, List.of(), null, null))).isNull();
    }
}
