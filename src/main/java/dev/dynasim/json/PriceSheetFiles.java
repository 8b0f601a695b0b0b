package dev.dynasim.json;

import com.fasterxml.jackson.databind.JsonNode;
import dev.dynasim.engine.billing.Price;
import dev.dynasim.engine.billing.PriceKey;
import dev.dynasim.engine.billing.PriceSheet;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Price sheets as JSON files (facts file, section 5): the shipped ones in
 * {@code src/main/resources/prices/REGION.json}, or a user's own. Every price has a key, an amount as a
 * decimal string (exact money), optional {@code effectiveFrom}/{@code effectiveUntil} dates, its
 * {@code source} and the date it was {@code checked}. A bad file gets a message naming the field.
 */
public final class PriceSheetFiles {

    private PriceSheetFiles() {
    }

    /** The shipped price sheet of a Region, e.g. "us-east-1". */
    public static PriceSheet shipped(String region) {
        String file = region + ".json";
        return parse(JsonSources.resource("/prices/" + file, () -> "no shipped price sheet for " + region + "; shipped: us-east-1"), file);
    }

    /** A price sheet file of one's own. */
    public static PriceSheet read(Path path) {
        return parse(JsonSources.file(path), path.toString());
    }

    /** Parses price sheet JSON {@code text}; {@code source} names it in messages. */
    public static PriceSheet parse(String text, String source) {
        JsonNode root = JsonSources.tree(text, source);
        Fields f = Fields.of(source, "", root).known("region", "currency", "description", "prices");
        String region = f.string("region");
        String currency = f.optString("currency", "USD");
        List<String> keys = Arrays.stream(PriceKey.values()).map(Enum::name).toList();
        List<Price> prices = new ArrayList<>();
        for (Fields.Element e : f.array("prices")) {
            Fields p = Fields.of(source, e.path(), e.node()).known("key", "amount", "effectiveFrom", "effectiveUntil", "source", "checked");
            PriceKey key = PriceKey.valueOf(p.choice("key", keys));
            BigDecimal amount;
            try {
                amount = new BigDecimal(p.string("amount"));
            } catch (NumberFormatException ex) {
                throw p.fail("amount", "must be a decimal number in a string, e.g. \"0.625\"");
            }
            try {
                prices.add(new Price(key, amount, date(p, "effectiveFrom"), date(p, "effectiveUntil"), p.string("source"),
                        date(p, "checked")));
            } catch (IllegalArgumentException ex) {
                throw p.fail(ex.getMessage());
            }
        }
        try {
            return new PriceSheet(region, currency, prices);
        } catch (IllegalArgumentException ex) {
            throw f.fail("prices", ex.getMessage());
        }
    }

    private static LocalDate date(Fields f, String field) {
        String text = f.optString(field, null);
        if (text == null) return null;
        try {
            return LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            throw f.fail(field, "must be a date like 2024-11-01, not \"" + text + "\"");
        }
    }
}
