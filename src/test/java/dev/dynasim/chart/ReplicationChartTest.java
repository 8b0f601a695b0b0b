package dev.dynasim.chart;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dynasim.engine.trace.ReplicationMetrics;
import dev.dynasim.engine.trace.TraceEvent;
import dev.dynasim.engine.trace.ZoneChanged;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The replication dataset sums reads per bucket of whole ticks, keeps the worst lags, and pairs zone outages. */
class ReplicationChartTest {
    private static ReplicationMetrics metrics(long time, long reads, long stale, long p50, long p99) {
        return new ReplicationMetrics(time, "T", reads, stale, 0, 0, 0, p50, p99, p99, 0, 0);
    }

    @Test
    void bucketsOfTwoTicks_sumReads_keepTheWorstLag_andOutagesAreShadedOncePerZone() {
        List<TraceEvent> trace = List.of(metrics(1000, 10, 1, 30, 200), metrics(2000, 10, 0, 40, 100), metrics(3000, 0, 0, 5, 9),
                new ZoneChanged(60_000, "T", "az1", false), new ZoneChanged(60_000, "U", "az1", false),
                new ZoneChanged(120_000, "T", "az1", true), new ZoneChanged(120_000, "U", "az1", true),
                new ZoneChanged(200_000, "T", "az2", false));
        ReplicationTimeline data = new ReplicationChart().data(new ChartInput("t", 1000, 240_000, trace, null, null));
        assertThat(data.bucketMillis()).isEqualTo(2000);
        assertThat(data.buckets()).containsExactly(new ReplicationTimeline.Bucket(0, 2000, 20, 1, 40, 200),
                new ReplicationTimeline.Bucket(2000, 4000, 0, 0, 5, 9));
        assertThat(data.outages()).containsExactly(new ReplicationTimeline.Outage("az1", 60_000, 120_000),
                new ReplicationTimeline.Outage("az2", 200_000, 240_000));
        assertThat(new ReplicationChart().caption(data)).isEqualTo("Replication in t: 1 of 20 eventually consistent reads were stale (5.00%);"
                + " follower lag peaked at 200 ms (p99). While az1 was down (shaded) 0% of reads were stale, against 5.00% otherwise.");
    }

    @Test
    void smallPercentages_keepTwoSignificantDigits() {
        assertThat(ReplicationChart.percent(100.0 * 3 / 60_250)).isEqualTo("0.005%");
        assertThat(ReplicationChart.percent(5.0452)).isEqualTo("5.05%");
        assertThat(ReplicationChart.percent(0)).isEqualTo("0%");
    }

    @Test
    void aRunWithoutReplicationMetrics_hasNoReplicationChart() {
        List<TraceEvent> trace = List.of(new ZoneChanged(0, "T", "az1", false));
        assertThat(new ReplicationChart().data(new ChartInput("t", 1000, 10_000, trace, null, null))).isNull();
    }
}
