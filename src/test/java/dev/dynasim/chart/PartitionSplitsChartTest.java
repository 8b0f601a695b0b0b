package dev.dynasim.chart;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dynasim.engine.model.BillingMode;
import dev.dynasim.engine.trace.PartitionSplit;
import dev.dynasim.engine.trace.SplitCause;
import dev.dynasim.engine.trace.TableCreated;
import dev.dynasim.engine.trace.TraceEvent;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The partition-splits dataset steps up by one per two-way split, at the split's time, base tables only. */
class PartitionSplitsChartTest {
    private static final String TOKEN = "80000000000000000000000000000000";

    @Test
    void partitionCount_stepsAtEachSplit_withItsCause_andIndexSplitsAreLeftOut() {
        List<TraceEvent> trace = List.of(
                new TableCreated(0, "Orders", BillingMode.PROVISIONED, 3000, 1000, 2, List.of("ByStatus"),
                        List.of("00000000000000000000000000000000", TOKEN)),
                new PartitionSplit(40_000, "Orders", null, 1, List.of(2L, 3L), SplitCause.HEAT, TOKEN),
                new PartitionSplit(40_000, "Orders", "ByStatus", 0, List.of(5L, 6L), SplitCause.HEAT, TOKEN),
                new PartitionSplit(90_000, "Orders", null, 0, List.of(7L, 8L), SplitCause.SIZE, TOKEN));
        SplitTimeline data = new PartitionSplitsChart().data(new ChartInput("t", 1000, 120_000, trace, null, null));
        assertThat(data.tables()).hasSize(1);
        assertThat(data.tables().get(0).steps()).containsExactly(new SplitTimeline.Step(0, 2), new SplitTimeline.Step(40_000, 3),
                new SplitTimeline.Step(90_000, 4));
        assertThat(data.tables().get(0).splits()).containsExactly(new SplitTimeline.Split(40_000, "HEAT", 1, 3),
                new SplitTimeline.Split(90_000, "SIZE", 0, 4));
        assertThat(new PartitionSplitsChart().caption(data)).isEqualTo("Partitions over time in t: 2 splits (1 for heat, 1 for size). "
                + "Partitions split and never merge, so the count only steps up.");
    }

    @Test
    void aRunWithoutTables_hasNoSplitChart() {
        assertThat(new PartitionSplitsChart().data(new ChartInput("t", 1000, 0, List.of(), null, null))).isNull();
    }
}
