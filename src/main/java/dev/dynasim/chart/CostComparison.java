package dev.dynasim.chart;

import java.math.BigDecimal;
import java.util.List;

/**
 * The dataset of the cost-comparison chart: the same workload under each what-if option (on demand,
 * provisioned, auto scaling, a server cluster), each with its charges cumulative over time (at each
 * hour's end, from its bill's hourly subtotals, before any free tier), its bill's total and what it
 * served, throttled and failed.
 */
public record CostComparison(String scenario, long endMillis, List<Option> options) {
    /** Copies the list. */
    public CostComparison {
        options = List.copyOf(options);
    }

    /** One option's outcome. */
    public record Option(String option, List<BilledUsage.Point> cumulative, BigDecimal total, long served, long throttled, long failed) {
        /** Copies the list. */
        public Option {
            cumulative = List.copyOf(cumulative);
        }
    }
}
