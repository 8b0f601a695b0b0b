package dev.dynasim.engine.billing;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/** The prices of one Region over time (facts file, section 5): for each key, the price in effect on a date. */
public record PriceSheet(String region, String currency, List<Price> prices) {

    /**
     * Checks the fields and copies the list: no two prices of one key may be in effect on the same
     * day, and every key must have a price in effect from the sheet's current date on, so that a bill
     * at current prices never meets a gap.
     */
    public PriceSheet {
        if (region == null || region.isBlank()) throw new IllegalArgumentException("a price sheet names its Region");
        prices = List.copyOf(prices);
        for (int i = 0; i < prices.size(); i++) {
            for (int j = i + 1; j < prices.size(); j++) {
                Price a = prices.get(i);
                Price b = prices.get(j);
                if (a.key() == b.key() && overlap(a, b)) {
                    throw new IllegalArgumentException("two prices of " + a.key() + " are in effect on the same days: "
                            + period(a) + " and " + period(b));
                }
            }
        }
        LocalDate current = latestChange(prices);
        for (PriceKey key : PriceKey.values()) {
            boolean found = false;
            for (Price p : prices) found |= p.key() == key && p.inEffectOn(current) && p.effectiveUntil() == null;
            if (!found) throw new IllegalArgumentException("no price of " + key + " is in effect from " + current + " on");
        }
    }

    private static boolean overlap(Price a, Price b) {
        boolean aEndsFirst = a.effectiveUntil() != null && b.effectiveFrom() != null && !a.effectiveUntil().isAfter(b.effectiveFrom());
        boolean bEndsFirst = b.effectiveUntil() != null && a.effectiveFrom() != null && !b.effectiveUntil().isAfter(a.effectiveFrom());
        return !aEndsFirst && !bEndsFirst;
    }

    private static String period(Price p) {
        return "[" + (p.effectiveFrom() == null ? "always" : p.effectiveFrom()) + ", "
                + (p.effectiveUntil() == null ? "on" : p.effectiveUntil()) + ")";
    }

    private static LocalDate latestChange(List<Price> prices) {
        LocalDate latest = LocalDate.of(1970, 1, 1);
        for (Price p : prices) if (p.effectiveFrom() != null && p.effectiveFrom().isAfter(latest)) latest = p.effectiveFrom();
        return latest;
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
        return latestChange(prices);
    }

    /** The amount of {@code key} in effect on {@code date}. */
    public BigDecimal amount(PriceKey key, LocalDate date) {
        return on(key, date).amount();
    }
}
