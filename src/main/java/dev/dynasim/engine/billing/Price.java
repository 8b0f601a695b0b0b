package dev.dynasim.engine.billing;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * One price or free allowance of a price sheet: the amount (US dollars per unit, or a quantity for a
 * free allowance), the dates it is in effect ({@code effectiveFrom} inclusive, {@code effectiveUntil}
 * exclusive, null: open), where it comes from and when it was checked (for the shipped sheet: the date
 * it was taken from the facts file, which cites the source).
 */
public record Price(PriceKey key, BigDecimal amount, LocalDate effectiveFrom, LocalDate effectiveUntil, String source,
                    LocalDate checked) {

    /** Checks the fields. */
    public Price {
        if (key == null || amount == null || amount.signum() < 0) throw new IllegalArgumentException("a price needs a key and an amount >= 0");
        if (source == null || source.isBlank()) throw new IllegalArgumentException("every price cites its source: " + key);
        if (checked == null) throw new IllegalArgumentException("every price says when its source was checked: " + key);
        if (effectiveFrom != null && effectiveUntil != null && !effectiveFrom.isBefore(effectiveUntil)) {
            throw new IllegalArgumentException("empty effective period for " + key);
        }
    }

    /** Whether the price is in effect on {@code date}. */
    public boolean inEffectOn(LocalDate date) {
        return (effectiveFrom == null || !date.isBefore(effectiveFrom)) && (effectiveUntil == null || date.isBefore(effectiveUntil));
    }
}
