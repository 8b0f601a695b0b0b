package dev.dynasim.chart;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dynasim.engine.trace.RequestServed;
import dev.dynasim.engine.trace.RequestThrottled;
import dev.dynasim.engine.trace.TickMetrics;
import dev.dynasim.engine.trace.TraceEvent;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The throttling dataset: requests per second served and throttled by reason, per time bucket. */
class ThrottlingChartTest {
    private static final String WRITE = "TableWriteKeyRangeThroughputExceeded";
    private static final String READ = "TableReadKeyRangeThroughputExceeded";

    @Test
    void servedAndThrottledPerSecond_byReason_mostFrequentReasonFirst_indexWritesNotCounted() {
        List<TraceEvent> trace = List.of(
                new RequestServed(1000, "T", null, 0, "PutItem", 10, 0, 10, null),
                new RequestServed(1000, "T", "G", 0, "PutItem", 10, 0, 10, null),
                new RequestServed(1000, "T", "G", 0, "Query", 4, 2, 0, null),
                new RequestThrottled(1000, "T", null, 1, "GetItem", 3, 1.5, 0, null, READ),
                new RequestServed(2000, "T", null, 0, "PutItem", 6, 0, 6, null),
                new RequestThrottled(2000, "T", null, 1, "PutItem", 5, 0, 5, null, WRITE),
                new RequestThrottled(2000, "T", null, 1, "GetItem", 1, 0.5, 0, null, READ));
        ThrottlingTimeline data = new ThrottlingChart().data(new ChartInput("t", 1000, 2000, trace, null, null));

        assertThat(data.bucketMillis()).isEqualTo(1000);
        assertThat(data.servedRequests()).isEqualTo(20);
        assertThat(data.throttledRequests()).isEqualTo(9);
        assertThat(data.reasons()).containsExactly(new ThrottlingTimeline.ReasonTotal(WRITE, 5), new ThrottlingTimeline.ReasonTotal(READ, 4));
        assertThat(data.buckets()).containsExactly(new ThrottlingTimeline.Bucket(0, 1000, 14, List.of(0.0, 3.0)),
                new ThrottlingTimeline.Bucket(1000, 2000, 6, List.of(5.0, 1.0)));
        assertThat(new ThrottlingChart().caption(data)).isEqualTo("Of 29 requests in t, 9 (31%) were throttled, most for " + WRITE
                + " (56%). Throttling peaked at 6 requests/s at 2 s.");
    }

    @Test
    void aRunWithoutThrottling_saysSo() {
        ThrottlingTimeline data = new ThrottlingChart().data(new ChartInput("t", 1000, 1000,
                List.of(new RequestServed(1000, "T", null, 0, "GetItem", 7, 3.5, 0, null)), null, null));
        assertThat(data.reasons()).isEmpty();
        assertThat(new ThrottlingChart().caption(data)).isEqualTo("No request was throttled in t: all 7 requests were served.");
        assertThat(new ThrottlingChart().data(new ChartInput("t", 1000, 0, List.of(), null, null))).isNull();
    }

    private static TickMetrics tick(long time, String index, long partition, long served, long throttled) {
        return new TickMetrics(time, "T", index, partition, 0, 0, 0, 0, served, throttled, 0, 1);
    }

    @Test
    void rateLevelThrottling_withoutRequestThrottled_comesFromBaseTickMetrics_andServedAgreesWithThem() {
        // rate level: RequestServed rounded per operation (10 + 10 = 20) while TickMetrics count 19 served; no RequestThrottled;
        // the index's TickMetrics are left out (its throttling is the table's requests again)
        List<TraceEvent> trace = List.of(
                new RequestServed(1000, "T", null, 0, "GetItem", 10, 5, 0, null),
                new RequestServed(1000, "T", null, 0, "PutItem", 10, 0, 10, null),
                tick(1000, null, 0, 19, 1_000),
                tick(1000, "G", 0, 19, 400),
                tick(2000, null, 0, 7, 0),
                // item level in the same run: explained by its own event, not counted twice
                new RequestThrottled(3000, "T", null, 0, "PutItem", 2, 0, 2, null, WRITE),
                tick(3000, null, 0, 0, 2),
                // partition -1 (a Scan page) explains the table's partitions in that tick
                new RequestThrottled(4000, "T", null, -1, "Scan", 3, 0, 0, null, READ),
                tick(4000, null, 1, 0, 3));
        ThrottlingTimeline data = new ThrottlingChart().data(new ChartInput("t", 1000, 4000, trace, null, null));

        assertThat(data.servedRequests()).isEqualTo(26);
        assertThat(data.reasons()).containsExactly(new ThrottlingTimeline.ReasonTotal(ThrottlingChart.UNTRACED, 1_000),
                new ThrottlingTimeline.ReasonTotal(READ, 3), new ThrottlingTimeline.ReasonTotal(WRITE, 2));
        assertThat(data.buckets().get(0)).isEqualTo(new ThrottlingTimeline.Bucket(0, 1000, 19, List.of(1_000.0, 0.0, 0.0)));
        assertThat(new ThrottlingChart().caption(data)).isEqualTo("Of 1,031 requests in t, 1,005 (97%) were throttled, most at rate level,"
                + " where the trace gives no reason (>99%). Throttling peaked at 1,000 requests/s at 1 s.");
    }

    @Test
    void aFewThrottledRequests_readAsUnderOnePercent_notZero() {
        assertThat(ThrottlingChart.percent(1, 1_000)).isEqualTo("<1%");
        assertThat(ThrottlingChart.percent(999, 1_000)).isEqualTo(">99%");
        assertThat(ThrottlingChart.percent(5, 1_000)).isEqualTo("1%");
        assertThat(ThrottlingChart.percent(0, 1_000)).isEqualTo("0%");
    }
}
