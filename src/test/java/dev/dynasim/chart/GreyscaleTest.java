package dev.dynasim.chart;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dynasim.engine.trace.RequestServed;
import dev.dynasim.engine.trace.TickMetrics;
import dev.dynasim.engine.trace.TraceEvent;
import java.awt.Color;
import java.util.ArrayList;
import java.util.List;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.chart.renderer.xy.XYStepRenderer;
import org.junit.jupiter.api.Test;

/** Charts printed in greyscale still read: fills told apart by lightness, dashed lines drawn with their dashes. */
class GreyscaleTest {
    /** Lumas closer than this look the same grey in print. */
    private static final double APART = 25;

    private static void allApart(List<Color> colours) {
        for (int i = 0; i < colours.size(); i++) {
            for (int j = i + 1; j < colours.size(); j++) {
                assertThat(Math.abs(ChartTheme.luma(colours.get(i)) - ChartTheme.luma(colours.get(j))))
                        .as("luma of %s against %s", colours.get(i), colours.get(j)).isGreaterThanOrEqualTo(APART);
            }
        }
    }

    @Test
    void keySpace_partitionsMadeByASplit_differInGreyFromTheNormalShadesAndTheHighlight() {
        allApart(List.of(KeySpaceChart.FILLS[0], KeySpaceChart.FILLS[1], KeySpaceChart.SPLIT_FILL, ChartTheme.HIGHLIGHT));
    }

    @Test
    void throttling_everyReasonFill_differsInGreyFromServedAndFromTheOthers() {
        List<Color> fills = new ArrayList<>(List.of(ThrottlingChart.REASON_FILLS));
        fills.add(ThrottlingChart.SERVED_FILL);
        allApart(fills);
    }

    @Test
    void denseDashedLines_areDrawnAsOnePath_soTheirDashesShow() {
        List<TraceEvent> trace = new ArrayList<>();
        for (long t = 1000; t <= 300_000; t += 1000) {
            trace.add(new RequestServed(t, "T", null, 0, "PutItem", 1, 0, 1, null));
            trace.add(new TickMetrics(t, "T", null, 0, 0, 10, 0, 3, 1, 1, 100, 1));
        }
        trace.add(0, new dev.dynasim.engine.trace.TableCreated(0, "T", dev.dynasim.engine.model.BillingMode.PROVISIONED, 5, 5, 1, List.of(),
                List.of("00000000000000000000000000000000")));
        CapacityChart capacity = new CapacityChart();
        JFreeChart chart = capacity.draw(capacity.data(new ChartInput("t", 1000, 300_000, trace, null, null)));
        int lines = 0;
        for (XYPlot plot : ChartTheme.xyPlots(chart.getPlot())) {
            for (int r = 0; r < plot.getRendererCount(); r++) {
                if (plot.getRenderer(r) instanceof XYLineAndShapeRenderer line && !(line instanceof XYStepRenderer) && line.getDefaultLinesVisible()) {
                    assertThat(line.getDrawSeriesLineAsPath()).isTrue();
                    lines++;
                }
            }
        }
        assertThat(lines).isPositive();
    }
}
