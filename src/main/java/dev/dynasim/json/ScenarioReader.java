package dev.dynasim.json;

import com.fasterxml.jackson.databind.JsonNode;
import dev.dynasim.engine.capacity.OnDemandHotPartitionError;
import dev.dynasim.engine.model.BillingMode;
import dev.dynasim.engine.model.ProvisionedThroughput;
import dev.dynasim.engine.iam.Principal;
import dev.dynasim.engine.model.ScalarType;
import dev.dynasim.engine.sim.IndexScenario;
import dev.dynasim.engine.sim.KeyAttribute;
import dev.dynasim.engine.partition.KeyHash;
import dev.dynasim.engine.sim.Scenario;
import dev.dynasim.engine.sim.Fault;
import dev.dynasim.engine.sim.ScheduledEvent;
import dev.dynasim.engine.billing.AutoScalingPolicy;
import dev.dynasim.engine.billing.TableClass;
import dev.dynasim.engine.replication.Region;
import dev.dynasim.engine.replication.ReplicationSettings;
import dev.dynasim.engine.sim.IndexScenario;
import dev.dynasim.engine.sim.SplitOverrides;
import dev.dynasim.engine.sim.TableScenario;
import dev.dynasim.engine.sim.WorkloadScenario;
import dev.dynasim.engine.workload.ItemSize;
import dev.dynasim.engine.workload.KeyDistribution;
import dev.dynasim.engine.workload.Operation;
import dev.dynasim.engine.workload.OperationMix;
import dev.dynasim.engine.workload.PhasedRate;
import dev.dynasim.engine.workload.RateShape;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/** Turns the JSON tree of a scenario file into a {@link Scenario}, checking every field (format: docs/scenarios.md). */
final class ScenarioReader {
    private static final List<String> MODES = List.of("PROVISIONED", "PAY_PER_REQUEST");
    private static final List<String> KEY_TYPES = List.of("S", "N", "B");
    private static final List<String> KEY_HASHES = List.of(KeyHash.MD5.name(), KeyHash.DYNAMODB_LOCAL.name());
    private static final List<String> FIDELITIES = List.of("item", "rate");
    private static final List<String> DISTRIBUTIONS = List.of("uniform", "zipf", "hotKey", "sequential", "sharded");
    private static final List<String> SHAPES = List.of("constant", "ramp", "diurnal", "spike", "phases");
    private static final java.util.regex.Pattern NAME = java.util.regex.Pattern.compile("[a-zA-Z0-9_.-]{3,255}");
    private static final long DEFAULT_TICK_MILLIS = 1_000;
    private static final long DEFAULT_SEED = 1;
    private static final int DEFAULT_ITEM_BYTES = OperationMix.DEFAULT_ITEM_BYTES;
    private static final int MAX_ITEM_BYTES = 400 * 1024;

    private final String source;

    private ScenarioReader(String source) {
        this.source = source;
    }

    /** The scenario in {@code root}, read from {@code source}; {@code defaultName} names it when the file does not. */
    static Scenario read(String source, JsonNode root, String defaultName) {
        return new ScenarioReader(source).scenario(root, defaultName);
    }

    private Scenario scenario(JsonNode root, String defaultName) {
        Fields f = Fields.of(source, "", root).known("name", "description", "seed", "tick", "duration", "reportEvery",
                "split", "onDemandHotPartitionError", "keyHash", "tables", "workloads", "events", "principals", "serverCluster");
        Map<String, Principal> principals = ScenarioContrast.principals(f);
        String name = f.optString("name", defaultName);
        long seed = f.optInteger("seed", Long.MIN_VALUE, DEFAULT_SEED);
        long tick = f.optDuration("tick", DEFAULT_TICK_MILLIS);
        if (tick < 1) throw f.fail("tick", "must be at least 1ms");
        long duration = f.duration("duration");
        if (duration < tick) throw f.fail("duration", "must be at least one tick (" + Durations.format(tick) + ")");
        long every = f.optDuration("reportEvery", Scenario.defaultReportEvery(duration, tick));
        if (every < tick || every % tick != 0) throw f.fail("reportEvery", "must be a whole number of ticks (tick is " + Durations.format(tick) + ")");
        SplitOverrides split = f.has("split") ? split(f.object("split")) : SplitOverrides.NONE;
        OnDemandHotPartitionError hotPartitionError = hotPartitionError(f);
        List<TableScenario> tables = new ArrayList<>();
        Set<String> tableNames = new HashSet<>();
        Set<String> sortedTables = new HashSet<>();
        Set<String> indexedTables = new HashSet<>();
        List<Fields.Element> tableElements = f.array("tables");
        if (tableElements.isEmpty()) throw f.fail("tables", "is required: a scenario needs at least one table");
        for (Fields.Element e : tableElements) {
            TableScenario t = table(Fields.of(source, e.path(), e.node()));
            if (!tableNames.add(t.name())) throw new ScenarioFileException(source + ": " + e.path() + ".name: duplicate table name \"" + t.name() + "\"");
            tables.add(t);
            if (t.sortKey() != null) sortedTables.add(t.name());
            if (!t.indexes().isEmpty()) indexedTables.add(t.name());
        }
        List<WorkloadScenario> workloads = new ArrayList<>();
        Set<String> workloadNames = new HashSet<>();
        for (Fields.Element e : f.array("workloads")) {
            Fields w = Fields.of(source, e.path(), e.node());
            WorkloadScenario ws;
            try {
                ws = workload(w, tableNames, sortedTables, indexedTables, principals);
            } catch (IllegalArgumentException ex) {
                throw w.fail(ex.getMessage());
            }
            if (!workloadNames.add(ws.name())) throw w.fail("name", "duplicate workload name \"" + ws.name() + "\"");
            workloads.add(ws);
        }
        List<ScheduledEvent> events = new ArrayList<>();
        Map<String, Set<String>> gsis = new HashMap<>();
        for (TableScenario t : tables) {
            Set<String> names = new HashSet<>();
            for (IndexScenario i : t.indexes()) names.add(i.name());
            gsis.put(t.name(), names);
        }
        for (Fields.Element e : f.array("events")) events.add(event(Fields.of(source, e.path(), e.node()), tableNames, gsis));
        try {
            return new Scenario(name, f.optString("description", ""), seed, tick, duration, every, split, hotPartitionError,
                    tables, workloads, events, KeyHash.valueOf(f.optChoice("keyHash", KEY_HASHES, KeyHash.DEFAULT.name())),
                    ScenarioContrast.serverCluster(f));
        } catch (IllegalArgumentException ex) {
            throw f.fail(ex.getMessage());
        }
    }

    /** The exception an on-demand hot partition answers with, by its DynamoDB name (default ProvisionedThroughputExceededException). */
    private static OnDemandHotPartitionError hotPartitionError(Fields f) {
        List<String> names = Arrays.stream(OnDemandHotPartitionError.values()).map(e -> e.code().name()).toList();
        String chosen = f.optChoice("onDemandHotPartitionError", names, OnDemandHotPartitionError.DEFAULT.code().name());
        return OnDemandHotPartitionError.values()[names.indexOf(chosen)];
    }

    private SplitOverrides split(Fields f) {
        f.known("sizeThresholdBytes", "sizeSplitDuration", "heatThreshold", "heatSustain", "heatSplitDuration",
                "maxHotChildShare");
        Fields.Rule share = new Fields.Rule("> 0.5 and <= 1", d -> d > 0.5 && d <= 1);
        return new SplitOverrides(
                f.has("sizeThresholdBytes") ? f.integer("sizeThresholdBytes", 1) : null,
                f.has("sizeSplitDuration") ? f.duration("sizeSplitDuration") : null,
                f.has("heatThreshold") ? f.number("heatThreshold", Fields.Rule.POSITIVE) : null,
                f.has("heatSustain") ? f.duration("heatSustain") : null,
                f.has("heatSplitDuration") ? f.duration("heatSplitDuration") : null,
                f.has("maxHotChildShare") ? f.number("maxHotChildShare", share) : null);
    }

    private TableScenario table(Fields f) {
        f.known("name", "partitionKey", "sortKey", "billingMode", "readCapacity", "writeCapacity", "gsis", "autoScaling", "tableClass");
        String name = tableName(f);
        BillingMode mode = BillingMode.valueOf(f.optChoice("billingMode", MODES, "PROVISIONED"));
        long[] capacity = capacity(f, mode == BillingMode.PROVISIONED);
        List<IndexScenario> gsis = new ArrayList<>();
        Set<String> names = new HashSet<>();
        for (Fields.Element e : f.array("gsis")) {
            Fields g = Fields.of(source, e.path(), e.node()).known("name", "partitionKey", "sortKey", "readCapacity",
                    "writeCapacity");
            String gsiName = tableName(g);
            if (!names.add(gsiName)) throw g.fail("name", "duplicate index name \"" + gsiName + "\"");
            long[] c = capacity(g, mode == BillingMode.PROVISIONED);
            gsis.add(new IndexScenario(gsiName, key(g, "partitionKey", true), key(g, "sortKey", false), c[0], c[1]));
        }
        AutoScalingPolicy readScaling = null;
        AutoScalingPolicy writeScaling = null;
        if (f.has("autoScaling")) {
            if (mode != BillingMode.PROVISIONED) throw f.fail("autoScaling", "only for PROVISIONED tables");
            Fields a = f.object("autoScaling").known("read", "write");
            if (a.has("read")) readScaling = scaling(a.object("read"));
            if (a.has("write")) writeScaling = scaling(a.object("write"));
        }
        TableClass tableClass = TableClass.valueOf(f.optChoice("tableClass", List.of("STANDARD", "STANDARD_INFREQUENT_ACCESS"), "STANDARD"));
        return new TableScenario(name, key(f, "partitionKey", true), key(f, "sortKey", false), mode, capacity[0],
                capacity[1], gsis, readScaling, writeScaling, tableClass);
    }

    /** An auto scaling policy: {@code min} (default 5), {@code max}, {@code target} (0.2 to 0.9, default 0.7). */
    private static AutoScalingPolicy scaling(Fields f) {
        f.known("min", "max", "target");
        long min = f.optInteger("min", 1, AutoScalingPolicy.DEFAULT_MIN);
        long max = f.integer("max", 1);
        if (max < min) throw f.fail("max", "must be >= min (" + min + ")");
        double target = f.has("target") ? f.number("target", Fields.Rule.FRACTION) : AutoScalingPolicy.DEFAULT_TARGET;
        if (target < AutoScalingPolicy.MIN_TARGET || target > AutoScalingPolicy.MAX_TARGET) {
            throw f.fail("target", "must be between 0.2 and 0.9 (20% to 90%), not " + target);
        }
        return AutoScalingPolicy.of(min, max, target);
    }

    private static String tableName(Fields f) {
        String name = f.string("name");
        if (!NAME.matcher(name).matches()) {
            throw f.fail("name", "must be 3 to 255 characters of a-z, A-Z, 0-9, '_', '-' and '.' (DynamoDB's rule), not \"" + name + "\"");
        }
        return name;
    }

    private long[] capacity(Fields f, boolean provisioned) {
        if (!provisioned) {
            for (String field : List.of("readCapacity", "writeCapacity")) {
                if (f.has(field)) throw f.fail(field, "only for PROVISIONED tables (this one is PAY_PER_REQUEST)");
            }
            return new long[] {0, 0};
        }
        return new long[] {f.integer("readCapacity", 1), f.integer("writeCapacity", 1)};
    }

    private KeyAttribute key(Fields f, String field, boolean required) {
        if (!f.has(field)) {
            if (required) throw f.fail(field, "is required");
            return null;
        }
        JsonNode v = f.raw(field);
        if (v.isTextual()) {
            if (v.asText().isEmpty()) throw f.fail(field, "must not be empty");
            return new KeyAttribute(v.asText(), ScalarType.S);
        }
        Fields k = f.object(field).known("name", "type");
        return new KeyAttribute(k.string("name"), ScalarType.valueOf(k.optChoice("type", KEY_TYPES, "S")));
    }

    private WorkloadScenario workload(Fields f, Set<String> tables, Set<String> sortedTables, Set<String> indexedTables,
                                      Map<String, Principal> principals) {
        f.known("name", "table", "keys", "sortKeys", "rate", "mix", "itemSize", "strongReads", "stream", "fidelity",
                "heavyHitters", "principal");
        Principal principal = null;
        if (f.has("principal")) {
            String user = f.string("principal");
            principal = principals.get(user);
            if (principal == null) throw f.fail("principal", "no user named \"" + user + "\" in principals");
        }
        String name = f.string("name");
        String table = f.string("table");
        if (!tables.contains(table)) throw f.fail("table", "no table named \"" + table + "\" in tables");
        KeyDistribution keys = keys(f.object("keys"));
        KeyDistribution sortKeys = null;
        if (f.has("sortKeys")) {
            if (!sortedTables.contains(table)) throw f.fail("sortKeys", "table \"" + table + "\" has no sortKey");
            sortKeys = keys(f.object("sortKeys"));
        }
        RateShape rate = rate(f.object("rate"));
        OperationMix mix = new OperationMix(mix(f), itemSize(f), f.optNumber("strongReads", Fields.Rule.FRACTION, 0));
        boolean rateLevel = f.optChoice("fidelity", FIDELITIES, "item").equals("rate");
        if (!rateLevel && f.has("heavyHitters")) throw f.fail("heavyHitters", "applies only to \"fidelity\": \"rate\"");
        if (rateLevel && sortKeys != null) throw f.fail("sortKeys", "not modelled at \"fidelity\": \"rate\" (use item fidelity)");
        if (rateLevel && indexedTables.contains(table)) {
            throw f.fail("fidelity", "table \"" + table + "\" has GSIs, which rate level does not model (use item fidelity)");
        }
        long hitters = f.optInteger("heavyHitters", 0, WorkloadScenario.DEFAULT_HEAVY_HITTERS);
        if (hitters > WorkloadScenario.MAX_HEAVY_HITTERS) {
            throw f.fail("heavyHitters", "must be <= " + WorkloadScenario.MAX_HEAVY_HITTERS);
        }
        Integer heavyHitters = rateLevel ? (int) hitters : null;
        if (principal != null && rateLevel) throw f.fail("principal", "needs \"fidelity\": \"item\" (rate level is not authorised request by request)");
        return new WorkloadScenario(name, table, keys, sortKeys, rate, mix, f.optString("stream", name), heavyHitters, principal);
    }

    private Map<Operation, Double> mix(Fields f) {
        Fields m = f.object("mix");
        List<String> names = new ArrayList<>();
        for (Operation o : Operation.values()) names.add(o.name().toLowerCase(Locale.ROOT));
        m.known(names.toArray(new String[0]));
        Map<Operation, Double> weights = new EnumMap<>(Operation.class);
        double total = 0;
        for (Operation o : Operation.values()) {
            double w = m.optNumber(o.name().toLowerCase(Locale.ROOT), Fields.Rule.NON_NEGATIVE, 0);
            if (w > 0) weights.put(o, w);
            total += w;
        }
        if (total <= 0) throw m.fail("needs at least one positive weight (get, put, update, delete, query or scan)");
        return weights;
    }

    private ItemSize itemSize(Fields f) {
        if (!f.has("itemSize")) return ItemSize.fixed(DEFAULT_ITEM_BYTES);
        JsonNode v = f.raw("itemSize");
        if (v.isNumber()) return ItemSize.fixed((int) f.integer("itemSize", 1));
        Fields r = f.object("itemSize").known("min", "max");
        long min = r.integer("min", 1);
        long max = r.integer("max", 1);
        if (max > MAX_ITEM_BYTES) throw r.fail("max", "must be <= " + MAX_ITEM_BYTES + " (the 400 KB item limit)");
        if (max < min) throw r.fail("max", "must be >= min (" + min + ")");
        return ItemSize.uniform((int) min, (int) max);
    }

    private KeyDistribution keys(Fields f) {
        String type = f.choice("type", DISTRIBUTIONS);
        switch (type) {
            case "uniform" -> {
                f.known("type", "keys");
                return KeyDistribution.uniform(f.integer("keys", 1));
            }
            case "zipf" -> {
                f.known("type", "keys", "exponent");
                long n = f.integer("keys", 1);
                if (n > Integer.MAX_VALUE) throw f.fail("keys", "must be <= " + Integer.MAX_VALUE);
                return KeyDistribution.zipf((int) n, f.number("exponent", Fields.Rule.POSITIVE));
            }
            case "hotKey" -> {
                f.known("type", "share", "base");
                double share = f.number("share", Fields.Rule.FRACTION);
                return KeyDistribution.hotKey(share, keys(f.object("base")));
            }
            case "sequential" -> {
                f.known("type");
                return KeyDistribution.sequential();
            }
            default -> {
                f.known("type", "suffixes", "base");
                long n = f.integer("suffixes", 1);
                if (n > Integer.MAX_VALUE) throw f.fail("suffixes", "must be <= " + Integer.MAX_VALUE);
                return KeyDistribution.sharded(keys(f.object("base")), (int) n);
            }
        }
    }

    private RateShape rate(Fields f) {
        String type = f.choice("type", SHAPES);
        switch (type) {
            case "constant" -> {
                f.known("type", "perSecond");
                return RateShape.constant(f.number("perSecond", Fields.Rule.NON_NEGATIVE));
            }
            case "ramp" -> {
                f.known("type", "from", "to", "start", "duration");
                return RateShape.ramp(f.number("from", Fields.Rule.NON_NEGATIVE), f.number("to", Fields.Rule.NON_NEGATIVE),
                        f.optDuration("start", 0), f.duration("duration"));
            }
            case "diurnal" -> {
                f.known("type", "mean", "amplitude", "peak");
                double mean = f.number("mean", Fields.Rule.NON_NEGATIVE);
                double amplitude = f.number("amplitude", new Fields.Rule("between 0 and mean (" + mean + ")",
                        d -> d >= 0 && d <= mean));
                return RateShape.diurnal(mean, amplitude, f.optDuration("peak", RateShape.DAY_MILLIS / 2));
            }
            case "spike" -> {
                f.known("type", "base", "spike", "start", "duration");
                return RateShape.spike(f.number("base", Fields.Rule.NON_NEGATIVE), f.number("spike", Fields.Rule.NON_NEGATIVE),
                        f.duration("start"), f.duration("duration"));
            }
            default -> {
                f.known("type", "phases");
                List<PhasedRate.Phase> phases = new ArrayList<>();
                long last = -1;
                List<Fields.Element> elements = f.array("phases");
                if (elements.isEmpty()) throw f.fail("phases", "is required: at least one phase");
                for (Fields.Element e : elements) {
                    Fields p = Fields.of(source, e.path(), e.node()).known("start", "rate");
                    long start = p.duration("start");
                    if (start <= last) throw p.fail("start", "must be later than the previous phase's start");
                    last = start;
                    phases.add(new PhasedRate.Phase(start, rate(p.object("rate"))));
                }
                return RateShape.phases(phases);
            }
        }
    }

    private ScheduledEvent event(Fields f, Set<String> tables, Map<String, Set<String>> gsis) {
        if (f.has("fault")) return fault(f, tables, gsis);
        f.known("at", "table", "billingMode", "readCapacity", "writeCapacity", "fault");
        long at = f.duration("at");
        String table = f.string("table");
        if (!tables.contains(table)) throw f.fail("table", "no table named \"" + table + "\" in tables");
        String mode = f.optChoice("billingMode", MODES, null);
        boolean read = f.has("readCapacity");
        boolean write = f.has("writeCapacity");
        if (read != write) throw f.fail(read ? "writeCapacity" : "readCapacity", "is required with " + (read ? "readCapacity" : "writeCapacity"));
        if ("PAY_PER_REQUEST".equals(mode) && read) throw f.fail("readCapacity", "not allowed when switching to PAY_PER_REQUEST");
        if ("PROVISIONED".equals(mode) && !read) throw f.fail("readCapacity", "is required when switching to PROVISIONED");
        if (mode == null && !read) throw f.fail("an event needs billingMode, or readCapacity and writeCapacity, or both");
        ProvisionedThroughput t = read ? new ProvisionedThroughput(f.integer("readCapacity", 1), f.integer("writeCapacity", 1)) : null;
        return new ScheduledEvent(at, table, mode == null ? null : BillingMode.valueOf(mode), t);
    }

    /** A fault event: {@code fault} is zoneDown, zoneUp, replicaDown, replicaUp or slowReplica. */
    private ScheduledEvent fault(Fields f, Set<String> tables, Map<String, Set<String>> gsis) {
        List<String> kinds = new ArrayList<>();
        for (Fault.Kind k : Fault.Kind.values()) kinds.add(k.fileName());
        String name = f.choice("fault", kinds);
        Fault.Kind kind = Fault.Kind.values()[kinds.indexOf(name)];
        boolean zoneFault = kind == Fault.Kind.ZONE_DOWN || kind == Fault.Kind.ZONE_UP;
        if (zoneFault) f.known("at", "fault", "zone");
        else if (kind == Fault.Kind.SLOW_REPLICA) f.known("at", "fault", "table", "index", "partition", "zone", "extraLag");
        else f.known("at", "fault", "table", "index", "partition", "zone");
        long at = f.duration("at");
        String zone = f.string("zone");
        try {
            Region.US_EAST_1.zone(zone);
        } catch (IllegalArgumentException e) {
            throw f.fail("zone", e.getMessage());
        }
        String table = null;
        if (!zoneFault) {
            table = f.string("table");
            if (!tables.contains(table)) throw f.fail("table", "no table named \"" + table + "\" in tables");
        }
        Integer partition = f.has("partition") ? (int) f.integer("partition", 0) : null;
        long extraLag = kind == Fault.Kind.SLOW_REPLICA ? f.duration("extraLag") : 0;
        if (extraLag > ReplicationSettings.MAX_EXTRA_LAG_MILLIS) throw f.fail("extraLag", "must be at most 1d");
        String index = f.optString("index", null);
        if (index != null && !gsis.getOrDefault(table, Set.of()).contains(index)) {
            throw f.fail("index", "table \"" + table + "\" has no GSI named \"" + index + "\"");
        }
        return ScheduledEvent.fault(at, table, new Fault(kind, zone, index, partition, extraLag));
    }
}
