package dev.dynasim.chart;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dynasim.engine.trace.RequestServed;
import dev.dynasim.engine.trace.RequestThrottled;
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
}
