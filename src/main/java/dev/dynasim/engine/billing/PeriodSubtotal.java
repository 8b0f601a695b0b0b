package dev.dynasim.engine.billing;

import java.math.BigDecimal;
import java.util.List;

/**
 * What was charged in one period of a bill, simulated {@code [fromMillis, toMillis)} (an hour or a
 * UTC day), before the free tier, which is credited once for the whole bill. The amount is an exact
 * decimal, but for DynamoDB tables it prices quantities a {@link TableMeter} keeps hour by hour as
 * doubles (request units summed tick by tick, GB-months rounded once to a double), so the hours can
 * differ from the whole bill's charges in the last of ~16 significant digits (a cheap exact version
 * would need {@link BillableUsage} in decimals). A server cluster's hours are its exact tick costs.
 * The {@code lines} are the period's charges line by line (a table's hour of on-demand reads, of
 * storage, ...; they add up to {@code amount}), or empty when only the amount is known (a day, a
 * server cluster's hour).
 */
public record PeriodSubtotal(long fromMillis, long toMillis, BigDecimal amount, List<LineItem> lines) {
    /** Checks the period and copies the lines. */
    public PeriodSubtotal {
        if (toMillis <= fromMillis) throw new IllegalArgumentException("an empty period [" + fromMillis + ", " + toMillis + ")");
        if (amount == null) throw new IllegalArgumentException("a subtotal needs an amount");
        lines = lines == null ? List.of() : List.copyOf(lines);
    }

    /** A subtotal known only as an amount, without its lines. */
    public PeriodSubtotal(long fromMillis, long toMillis, BigDecimal amount) {
        this(fromMillis, toMillis, amount, List.of());
    }
}
