package dev.dynasim.engine.billing;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/** The prices of one Region over time (facts file, section 5): for each key, the price in effect on a date. */
public record PriceSheet(String region, String currency, List<Price> prices) {

    /** Checks the fields and copies the list. */
    public PriceSheet {
        if (region == null || region.isBlank()) throw new IllegalArgumentException("a price sheet names its Region");
        prices = List.copyOf(prices);
    }

    /** The price of {@code key} in effect on {@code date}. */
    public Price on(PriceKey key, LocalDate date) {
        Price found = null;
        for (Price p : prices) {
            if (p.key() != key || !p.inEffectOn(date)) continue;
            if (found != null) throw new IllegalStateException("two prices of " + key + " in effect on " + date + " in " + region);
            found = p;
        }
        if (found == null) throw new IllegalArgumentException("no price of " + key + " in effect on " + date + " in " + region);
        return found;
    }

    /** The date of the sheet's latest price change: from then on its current prices are in effect (a fixed date, so bills are reproducible). */
    public LocalDate current() {
        LocalDate latest = LocalDate.of(1970, 1, 1);
        for (Price p : prices) if (p.effectiveFrom() != null && p.effectiveFrom().isAfter(latest)) latest = p.effectiveFrom();
        return latest;
    }

    /** The amount of {@code key} in effect on {@code date}. */
    public BigDecimal amount(PriceKey key, LocalDate date) {
        return on(key, date).amount();
    }
}
