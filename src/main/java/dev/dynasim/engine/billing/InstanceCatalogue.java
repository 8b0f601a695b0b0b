package dev.dynasim.engine.billing;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The server sizes of one Region a {@link ServerCluster} can be built from, with the price of the disk
 * each member gets ({@code storageName}, e.g. "EBS gp3", per GB-month, with its source) and the date
 * the sources were {@code checked}. Loading it from JSON is the {@code json} package's job.
 */
public record InstanceCatalogue(String region, LocalDate checked, String storageName, BigDecimal storagePricePerGbMonth,
                                String storageSource, List<InstanceType> types) {

    /** Checks the fields and copies the list; names must be unique. */
    public InstanceCatalogue {
        if (region == null || region.isBlank()) throw new IllegalArgumentException("an instance catalogue names its Region");
        if (checked == null) throw new IllegalArgumentException("an instance catalogue says when its sources were checked");
        if (storageName == null || storageName.isBlank()) throw new IllegalArgumentException("the storage needs a name, e.g. \"EBS gp3\"");
        if (storagePricePerGbMonth == null || storagePricePerGbMonth.signum() < 0) {
            throw new IllegalArgumentException("the storage price per GB-month must be >= 0");
        }
        if (storageSource == null || storageSource.isBlank()) throw new IllegalArgumentException("the storage price cites its source");
        types = List.copyOf(types);
        if (types.isEmpty()) throw new IllegalArgumentException("an instance catalogue lists at least one instance type");
        Set<String> seen = new HashSet<>();
        for (InstanceType t : types) {
            if (!seen.add(t.name())) throw new IllegalArgumentException("instance type " + t.name() + " is listed twice");
        }
    }

    /** The type called {@code name}; an unknown name fails with the list of known ones. */
    public InstanceType type(String name) {
        for (InstanceType t : types) if (t.name().equals(name)) return t;
        throw new IllegalArgumentException("unknown instance type \"" + name + "\" in " + region + "; known: " + String.join(", ", names()));
    }

    /** The names of the types, in catalogue order. */
    public List<String> names() {
        return types.stream().map(InstanceType::name).toList();
    }

    /** The catalogue as an aligned text table, one type a line. */
    @Override
    public String toString() {
        List<String[]> rows = new ArrayList<>();
        rows.add(new String[] {"type", "vCPUs", "memory GiB", "$/hour", "reads/s", "writes/s"});
        for (InstanceType t : types) {
            rows.add(new String[] {t.name(), Integer.toString(t.vCpus()), BigDecimal.valueOf(t.memoryGib()).stripTrailingZeros().toPlainString(),
                    "$" + t.hourlyPrice().toPlainString(), String.format(Locale.ROOT, "%,d", t.readsPerSecond()),
                    String.format(Locale.ROOT, "%,d", t.writesPerSecond())});
        }
        int[] w = new int[6];
        for (String[] r : rows) for (int i = 0; i < 6; i++) w[i] = Math.max(w[i], r[i].length());
        StringBuilder sb = new StringBuilder("Instance types in " + region + " (storage: " + storageName + " at $"
                + storagePricePerGbMonth.toPlainString() + " per GB-month; ops/s are teaching assumptions)\n");
        for (String[] r : rows) {
            StringBuilder line = new StringBuilder(r[0] + " ".repeat(w[0] - r[0].length()));
            for (int i = 1; i < 6; i++) line.append("  ").append(" ".repeat(w[i] - r[i].length())).append(r[i]);
            sb.append(line.toString().stripTrailing()).append('\n');
        }
        return sb.toString();
    }
}
