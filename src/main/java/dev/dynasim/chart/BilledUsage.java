package dev.dynasim.chart;

import java.math.BigDecimal;
import java.util.List;

/**
 * The dataset of the billed-usage chart: cumulative charges over the run by kind of line item
 * (on-demand reads, on-demand writes, provisioned read and write capacity, storage, other), before the
 * free tier; the free-tier credit and the bill's total apart. {@code resolution} says how the points
 * were placed: {@code hour} (at each hour's end, from the bill's hourly line items), {@code tick}
 * (within the hour too: each hour's amount spread over its ticks by the usage the trace shows, or by
 * time for capacity and storage) or {@code run} (no hourly subtotals: one point at the run's end).
 */
public record BilledUsage(String scenario, long endMillis, String resolution, List<Kind> kinds, BigDecimal charges,
                          BigDecimal freeTier, BigDecimal total) {
    /** Copies the list. */
    public BilledUsage {
        kinds = List.copyOf(kinds);
    }

    /** One kind of line item: its cumulative charges over time and its total. */
    public record Kind(String kind, List<Point> cumulative, BigDecimal total) {
        /** Copies the list. */
        public Kind {
            cumulative = List.copyOf(cumulative);
        }
    }

    /** Charged up to {@code timeMillis}, in dollars (exact). */
    public record Point(long timeMillis, BigDecimal dollars) {
    }
}
