package dev.dynasim.chart;

import static dev.dynasim.chart.BillFixtures.HOUR;
import static dev.dynasim.chart.BillFixtures.bill;
import static dev.dynasim.chart.BillFixtures.hour;
import static dev.dynasim.chart.BillFixtures.line;
import static org.assertj.core.api.Assertions.assertThat;

import dev.dynasim.engine.model.BillingMode;
import dev.dynasim.engine.trace.TableCreated;
import dev.dynasim.engine.trace.TickMetrics;
import dev.dynasim.engine.trace.TraceEvent;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The billed-usage dataset adds the bill's hourly line items up by kind, and spreads a short run's hour over its ticks by usage. */
class BilledUsageChartTest {
    private static Map<String, List<String>> points(BilledUsage data) {
        return data.kinds().stream().collect(Collectors.toMap(BilledUsage.Kind::kind,
                k -> k.cumulative().stream().map(p -> p.timeMillis() + "=" + p.dollars().stripTrailingZeros().toPlainString()).toList()));
    }

    @Test
    void aLongRun_isCumulativeHourByHour_byKind_withTheFreeTierApart() {
        var bill = bill(List.of(line("T", "On-demand reads", "3.50"), line("T", "Provisioned write capacity", "0.25"),
                        line("T", "Storage (Standard)", "0.10"), line(null, "Free tier: storage (Standard)", "-0.05")),
                List.of(hour(0, line("T", "On-demand reads", "1.00"), line("T", "Storage (Standard)", "0.10")),
                        hour(1, line("T", "On-demand reads: secondary indexes", "2.00")),
                        hour(2, line("T", "On-demand reads", "0.50"), line("T", "Provisioned write capacity", "0.25"))));
        BilledUsage data = new BilledUsageChart().data(new ChartInput("t", 1000, 3 * HOUR, List.of(), bill, null));
        assertThat(data.resolution()).isEqualTo("hour");
        assertThat(data.kinds()).extracting(BilledUsage.Kind::kind).containsExactly("on-demand reads", "provisioned write capacity", "storage");
        assertThat(points(data)).containsEntry("on-demand reads", List.of("0=0", "3600000=1", "7200000=3", "10800000=3.5"))
                .containsEntry("provisioned write capacity", List.of("0=0", "3600000=0", "7200000=0", "10800000=0.25"))
                .containsEntry("storage", List.of("0=0", "3600000=0.1", "7200000=0.1", "10800000=0.1"));
        assertThat(data.charges()).isEqualByComparingTo("3.85");
        assertThat(data.freeTier()).isEqualByComparingTo("-0.05");
        assertThat(data.total()).isEqualByComparingTo("3.80");
        assertThat(new BilledUsageChart().caption(data)).isEqualTo("What the bill of t charged over the run: $3.85, 91% of it on-demand reads."
                + " The free tier then credits $0.05, for a total of $3.80. Points at each hour's end.");
    }

    @Test
    void aShortRun_spreadsEachKindsHourOverItsTicks_inProportionToTheTracedUsage() {
        List<TraceEvent> trace = List.of(new TableCreated(0, "T", BillingMode.PAY_PER_REQUEST, 0, 0, 1, List.of(), List.of("00000000000000000000000000000000")),
                tick(1000, 1), tick(2000, 1), tick(3000, 2), tick(4000, 0));
        var bill = bill(List.of(line("T", "On-demand reads", "0.40"), line("T", "Storage (Standard)", "0.08")),
                List.of(hour(0, line("T", "On-demand reads", "0.40"), line("T", "Storage (Standard)", "0.08"))));
        BilledUsage data = new BilledUsageChart().data(new ChartInput("t", 1000, 4000, trace, bill, null));
        assertThat(data.resolution()).isEqualTo("tick");
        assertThat(points(data)).containsEntry("on-demand reads", List.of("0=0", "1000=0.1", "2000=0.2", "3000=0.4", "4000=0.4"))
                .containsEntry("storage", List.of("0=0", "1000=0.02", "2000=0.04", "3000=0.06", "4000=0.08"));
    }

    private static TickMetrics tick(long time, double readUnits) {
        return new TickMetrics(time, "T", null, 0, readUnits, 0, 0, 0, 1, 0, 100, 1);
    }

    @Test
    void capacityAndStorage_areChargedByTime_soIdleTicksWeighAsMuch_atTheCapacityInForceAndTheLastKnownBytes() {
        // provisioned 10 RCU, raised to 30 at 2 s (in force from the tick ending at 3 s); traffic only in the ticks ending at 1 s and 4 s
        List<TraceEvent> trace = List.of(new TableCreated(0, "T", BillingMode.PROVISIONED, 10, 5, 1, List.of(), List.of("00000000000000000000000000000000")),
                new TickMetrics(1000, "T", null, 0, 1, 0, 0, 0, 1, 0, 100, 1),
                new dev.dynasim.engine.trace.CapacityChanged(2000, "T", null, BillingMode.PROVISIONED, 30, 5),
                new TickMetrics(4000, "T", null, 0, 1, 0, 0, 0, 1, 0, 300, 1));
        var bill = bill(List.of(line("T", "Provisioned read capacity", "0.60"), line("T", "Storage (Standard)", "0.06")),
                List.of(hour(0, line("T", "Provisioned read capacity", "0.60"), line("T", "Storage (Standard)", "0.06"))));
        BilledUsage data = new BilledUsageChart().data(new ChartInput("t", 1000, 4000, trace, bill, null));
        assertThat(points(data)).containsEntry("provisioned read capacity", List.of("0=0", "1000=0.075", "2000=0.15", "3000=0.375", "4000=0.6"))
                .containsEntry("storage", List.of("0=0", "1000=0.01", "2000=0.02", "3000=0.03", "4000=0.06"));
    }

    @Test
    void aRunWithoutABill_hasNoBilledUsageChart_andTinyAmountsReadAsUnderATenthOfACent() {
        assertThat(new BilledUsageChart().data(new ChartInput("t", 1000, 0, List.of(), null, null))).isNull();
        assertThat(BilledUsageChart.dollars(new java.math.BigDecimal("0.00000009801"))).isEqualTo("<$0.0001");
        assertThat(BilledUsageChart.dollars(new java.math.BigDecimal("0.035534"))).isEqualTo("$0.03553");
        assertThat(BilledUsageChart.dollars(new java.math.BigDecimal("1234.565"))).isEqualTo("$1,234.57");
        assertThat(BilledUsageChart.dollars(new java.math.BigDecimal("0.2000"))).isEqualTo("$0.20");
    }
}
