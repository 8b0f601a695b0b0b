package dev.dynasim.chart;

import static dev.dynasim.chart.BillFixtures.HOUR;
import static dev.dynasim.chart.BillFixtures.bill;
import static dev.dynasim.chart.BillFixtures.hour;
import static dev.dynasim.chart.BillFixtures.line;
import static org.assertj.core.api.Assertions.assertThat;

import dev.dynasim.engine.sim.WhatIf;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The cost-comparison dataset: each what-if option's hourly subtotals cumulated, its bill total and what it refused. */
class CostComparisonChartTest {
    @Test
    void eachOption_isCumulativeHourByHour_withItsTotalAndRefusals() {
        var onDemand = bill(List.of(line("T", "On-demand reads", "3.00")),
                List.of(hour(0, line("T", "On-demand reads", "1.00")), hour(1, line("T", "On-demand reads", "2.00"))));
        var provisioned = bill(List.of(line("T", "Provisioned read capacity", "3.00"), line(null, "Free tier", "-0.10")),
                List.of(hour(0, line("T", "Provisioned read capacity", "1.50")), hour(1, line("T", "Provisioned read capacity", "1.50"))));
        ChartInput run = new ChartInput("t", 1000, 2 * HOUR - 30_000, List.of(), null, List.of(
                new WhatIf.Outcome(WhatIf.Option.ON_DEMAND, onDemand, 100, 5, 0, ""),
                new WhatIf.Outcome(WhatIf.Option.PROVISIONED, provisioned, 90, 1200, 3, "")));
        CostComparison data = new CostComparisonChart().data(run);
        assertThat(data.options()).extracting(CostComparison.Option::option).containsExactly("on-demand", "provisioned");
        assertThat(data.options().get(0).cumulative().stream().map(p -> p.timeMillis() + "=" + p.dollars().toPlainString()).toList())
                .containsExactly("0=0", "3600000=1.00", "7170000=3.00");
        assertThat(data.options().get(1).total()).isEqualByComparingTo("2.90");
        assertThat(data.options().get(1).cumulative().get(2).dollars()).isEqualByComparingTo("3.00");
        assertThat(new CostComparisonChart().caption(data)).isEqualTo("The same workload of t priced two ways: on-demand $3.00 (5 throttled, 0 failed);"
                + " provisioned $2.90 (1,200 throttled, 3 failed). Cheapest: provisioned, but check what it refused.");
        assertThat(CostComparisonChart.overTime(data)).isFalse();
    }

    @Test
    void aRunWithoutWhatIfOutcomes_hasNoCostComparison() {
        assertThat(new CostComparisonChart().data(new ChartInput("t", 1000, 0, List.of(), null, null))).isNull();
    }
}
