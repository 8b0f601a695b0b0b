package dev.dynasim.engine.billing;

import java.math.BigDecimal;

/**
 * What was charged in one period of a bill, simulated {@code [fromMillis, toMillis)} (an hour or a
 * UTC day), before the free tier, which is credited once for the whole bill: exact.
 */
public record PeriodSubtotal(long fromMillis, long toMillis, BigDecimal amount) {
    /** Checks the period. */
    public PeriodSubtotal {
        if (toMillis <= fromMillis) throw new IllegalArgumentException("an empty period [" + fromMillis + ", " + toMillis + ")");
        if (amount == null) throw new IllegalArgumentException("a subtotal needs an amount");
    }
}
