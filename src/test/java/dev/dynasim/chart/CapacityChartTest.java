package dev.dynasim.chart;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dynasim.engine.model.BillingMode;
import dev.dynasim.engine.trace.CapacityChanged;
import dev.dynasim.engine.trace.ScalingActivity;
import dev.dynasim.engine.trace.TableCreated;
import dev.dynasim.engine.trace.TickMetrics;
import dev.dynasim.engine.trace.TraceEvent;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The capacity dataset: the provisioned steps, the base table's units per second, auto scaling as
 * markers, and burst spells (above the line in force during the tick, nothing throttled).
 */
class CapacityChartTest {
    private static TickMetrics tick(long time, String index, double read, double write, double throttledWrite) {
        return new TickMetrics(time, "T", index, 0, read, write, 0, throttledWrite, 1, 0, 0, 1);
    }

    @Test
    void consumptionAboveTheLineWithoutThrottling_isBurst_andScalingIsKept() {
        List<TraceEvent> trace = List.of(new TableCreated(0, "T", BillingMode.PROVISIONED, 10, 5, 1, List.of("G"), List.of("00000000000000000000000000000000")),
                tick(1000, null, 8, 7, 0), tick(1000, "G", 100, 100, 0),
                new CapacityChanged(2000, "T", null, BillingMode.PROVISIONED, 20, 5),
                new ScalingActivity(2000, "T", "read", 10, 20, "applied", "why"),
                tick(2000, null, 12, 7, 2),
                new ScalingActivity(2500, "T", "read", 20, 40, "decided", "why"),
                tick(3000, null, 15, 6, 0), tick(4000, null, 25, 6, 0));
        CapacityTimeline data = new CapacityChart().data(new ChartInput("t", 1000, 5000, trace, null, null));
        assertThat(data.table()).isEqualTo("T");
        assertThat(data.capacity()).containsExactly(new CapacityTimeline.Step(0, 10, 5, false), new CapacityTimeline.Step(2000, 20, 5, false));
        assertThat(data.consumed()).containsExactly(new CapacityTimeline.Sample(1000, 8, 7, 0, 0), new CapacityTimeline.Sample(2000, 12, 7, 0, 2),
                new CapacityTimeline.Sample(3000, 15, 6, 0, 0), new CapacityTimeline.Sample(4000, 25, 6, 0, 0),
                new CapacityTimeline.Sample(5000, 0, 0, 0, 0));
        assertThat(data.scaling()).containsExactly(new CapacityTimeline.Scaling(2000, "read", 10, 20, "applied"),
                new CapacityTimeline.Scaling(2500, "read", 20, 40, "decided"));
        assertThat(data.bursts()).containsExactly(new CapacityTimeline.Spell("read", 1000, 2000), new CapacityTimeline.Spell("read", 3000, 4000),
                new CapacityTimeline.Spell("write", 0, 1000), new CapacityTimeline.Spell("write", 2000, 4000));
        assertThat(new CapacityChart().caption(data)).isEqualTo("Capacity against consumption for T in t: served above the provisioned line"
                + " without throttling (burst capacity, shaded) for 2 s of reads and 3 s of writes; auto scaling decided 1 and applied 1 changes;"
                + " the throttled line shows what was refused.");
    }

    @Test
    void anOnDemandTable_hasNoProvisionedLine_andNoBurst() {
        List<TraceEvent> trace = List.of(new TableCreated(0, "T", BillingMode.PAY_PER_REQUEST, 0, 0, 1, List.of(), List.of("00000000000000000000000000000000")), tick(2000, null, 40, 10, 0));
        CapacityTimeline data = new CapacityChart().data(new ChartInput("t", 2000, 2000, trace, null, null));
        assertThat(data.consumed()).containsExactly(new CapacityTimeline.Sample(2000, 20, 5, 0, 0));
        assertThat(data.bursts()).isEmpty();
        assertThat(new CapacityChart().caption(data)).startsWith("Capacity against consumption for T in t: an on-demand table has no provisioned line");
        assertThat(new CapacityChart().data(new ChartInput("t", 1000, 0, List.of(), null, null))).isNull();
    }

    @Test
    void idleTicks_haveNoTickMetrics_butAreSamplesAtZero_whileTheTableExists() {
        // created at 2 s; busy in the ticks ending at 4 s and 7 s, idle (no TickMetrics) in between and after, to the run's end at 9 s
        List<TraceEvent> trace = List.of(new TableCreated(2000, "T", BillingMode.PROVISIONED, 10, 5, 1, List.of(), List.of("00000000000000000000000000000000")),
                tick(4000, null, 8, 2, 0), tick(7000, null, 6, 1, 0));
        CapacityTimeline data = new CapacityChart().data(new ChartInput("t", 1000, 9000, trace, null, null));
        assertThat(data.consumed()).containsExactly(new CapacityTimeline.Sample(3000, 0, 0, 0, 0), new CapacityTimeline.Sample(4000, 8, 2, 0, 0),
                new CapacityTimeline.Sample(5000, 0, 0, 0, 0), new CapacityTimeline.Sample(6000, 0, 0, 0, 0), new CapacityTimeline.Sample(7000, 6, 1, 0, 0),
                new CapacityTimeline.Sample(8000, 0, 0, 0, 0), new CapacityTimeline.Sample(9000, 0, 0, 0, 0));
    }

    @Test
    void throttlingByAGsi_isExplained_itsCapacityIsNotDrawn() {
        List<TraceEvent> trace = List.of(new TableCreated(0, "T", BillingMode.PROVISIONED, 10, 5, 1, List.of("G"), List.of("00000000000000000000000000000000")),
                // item level: the GSI's refusals as events (the index's TickMetrics count the same requests)
                new dev.dynasim.engine.trace.RequestThrottled(1000, "T", "G", -1, "PutItem", 4, 0, 4, null, "IndexWriteProvisionedThroughputExceeded"),
                tick(1000, null, 2, 2, 0), new TickMetrics(1000, "T", "G", 0, 0, 5, 0, 4, 1, 4, 0, 1),
                // rate level: only the index's TickMetrics
                tick(2000, null, 2, 2, 0), new TickMetrics(2000, "T", "G", 0, 0, 5, 0, 7, 1, 7, 0, 1));
        CapacityTimeline data = new CapacityChart().data(new ChartInput("t", 1000, 2000, trace, null, null));
        assertThat(data.indexThrottledRequests()).isEqualTo(11);
        assertThat(new CapacityChart().caption(data)).endsWith("; 11 requests were throttled by a GSI of T, whose capacity is not drawn.");
        assertThat(new CapacityChart().draw(data).getSubtitles()).anyMatch(t -> t instanceof org.jfree.chart.title.TextTitle text
                && text.getText().equals("11 requests were throttled by a GSI of T, whose capacity is not drawn"));
    }
}
