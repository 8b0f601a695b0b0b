package dev.dynasim.json;

import com.fasterxml.jackson.databind.JsonNode;
import dev.dynasim.engine.billing.InstanceCatalogue;
import dev.dynasim.engine.billing.InstanceType;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;

/**
 * Instance catalogues for the server cluster as JSON files: the built-in one in
 * {@code src/main/resources/servers/us-east-1.json}, or a user's own. A catalogue has a {@code region},
 * the date its sources were {@code checked}, a {@code storage} object (name, {@code pricePerGbMonth} as a
 * decimal string, {@code source}) and {@code types}, each with a name, vCPUs, memory, an
 * {@code hourlyPrice} as a decimal string (exact money), reads and writes per second, local storage, a
 * {@code source} and a {@code note}. A bad file gets a message naming the field.
 */
public final class InstanceCatalogueFiles {
    private static final String BUILT_IN = "us-east-1.json";

    private InstanceCatalogueFiles() {
    }

    /** The built-in catalogue (us-east-1). */
    public static InstanceCatalogue builtIn() {
        return parse(JsonSources.resource("/servers/" + BUILT_IN, () -> BUILT_IN + ": the built-in instance catalogue is missing"), BUILT_IN);
    }

    /** An instance catalogue file of one's own. */
    public static InstanceCatalogue read(Path path) {
        return parse(JsonSources.file(path), path.toString());
    }

    /** Parses instance catalogue JSON {@code text}; {@code source} names it in messages. */
    public static InstanceCatalogue parse(String text, String source) {
        JsonNode root = JsonSources.tree(text, source);
        Fields f = Fields.of(source, "", root).known("region", "currency", "checked", "description", "storage", "types");
        String region = f.string("region");
        f.optChoice("currency", List.of("USD"), "USD");
        LocalDate checked = date(f, "checked");
        Fields storage = f.object("storage").known("name", "pricePerGbMonth", "source");
        String storageName = storage.string("name");
        BigDecimal storagePrice = money(storage, "pricePerGbMonth", "0.08");
        String storageSource = storage.string("source");
        if (!f.has("types")) throw f.fail("types", "is required: a list of instance types");
        List<InstanceType> types = new ArrayList<>();
        for (Fields.Element e : f.array("types")) types.add(type(Fields.of(source, e.path(), e.node())));
        if (types.isEmpty()) throw f.fail("types", "must list at least one instance type");
        try {
            return new InstanceCatalogue(region, checked, storageName, storagePrice, storageSource, types);
        } catch (IllegalArgumentException ex) {
            throw f.fail("types", ex.getMessage());
        }
    }

    private static InstanceType type(Fields t) {
        t.known("name", "vCpus", "memoryGib", "hourlyPrice", "readsPerSecond", "writesPerSecond", "storageGb", "source", "note");
        String name = t.string("name");
        long vCpus = t.integer("vCpus", 1);
        if (vCpus > Integer.MAX_VALUE) throw t.fail("vCpus", "is too large");
        double memory = t.number("memoryGib", Fields.Rule.POSITIVE);
        BigDecimal price = money(t, "hourlyPrice", "0.096");
        long reads = t.integer("readsPerSecond", 1);
        long writes = t.integer("writesPerSecond", 1);
        long storageGb = t.optInteger("storageGb", 0, 0);
        String source = t.string("source");
        String note = t.string("note");
        try {
            return new InstanceType(name, (int) vCpus, memory, price, reads, writes, storageGb, source, note);
        } catch (IllegalArgumentException ex) {
            throw t.fail(ex.getMessage());
        }
    }

    /** A price: a decimal number >= 0 written as a string, so that it stays exact. */
    private static BigDecimal money(Fields f, String field, String example) {
        JsonNode raw = f.raw(field);
        if (raw != null && raw.isNumber()) {
            throw f.fail(field, "must be a decimal number in a string (exact money), e.g. \"" + example + "\", not the number " + raw.asText());
        }
        String text = f.string(field);
        BigDecimal amount;
        try {
            amount = new BigDecimal(text);
        } catch (NumberFormatException e) {
            throw f.fail(field, "must be a decimal number in a string, e.g. \"" + example + "\", not \"" + text + "\"");
        }
        if (amount.signum() < 0) throw f.fail(field, "must be >= 0, not " + text);
        return amount;
    }

    private static LocalDate date(Fields f, String field) {
        String text = f.string(field);
        try {
            return LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            throw f.fail(field, "must be a date like 2026-11-24, not \"" + text + "\"");
        }
    }
}
