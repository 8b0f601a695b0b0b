package dev.dynasim.engine.sim;

import dev.dynasim.engine.billing.ClusterSpec;
import dev.dynasim.engine.capacity.OnDemandHotPartitionError;
import dev.dynasim.engine.partition.KeyHash;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * A complete, runnable description of a simulation: a seed, the tick and duration in simulated
 * milliseconds, how often the summary reports a row, optional split-setting overrides, what an
 * on-demand hot partition answers with (null: the default), the tables,
 * the workloads that send them traffic, the events scheduled at fixed times, and the hash that
 * places keys in the key space (null: {@link KeyHash#DEFAULT}), and the server cluster a what-if
 * replay compares with (null: one sized for the peak). Read one from a
 * file with {@code dev.dynasim.json.ScenarioFiles}; run it with {@link ScenarioRunner}.
 */
public record Scenario(String name, String description, long seed, long tickMillis, long durationMillis,
                       long reportEveryMillis, SplitOverrides split, OnDemandHotPartitionError hotPartitionError,
                       List<TableScenario> tables,
                       List<WorkloadScenario> workloads, List<ScheduledEvent> events, KeyHash keyHash, ClusterSpec serverCluster) {

    /** Checks the fields and that every workload and event names a table of the scenario. */
    public Scenario {
        if (name == null || name.isEmpty()) throw new IllegalArgumentException("name is required");
        description = description == null ? "" : description;
        if (tickMillis < 1) throw new IllegalArgumentException("tick must be at least 1 ms: " + tickMillis);
        if (durationMillis < 0) throw new IllegalArgumentException("duration must not be negative: " + durationMillis);
        if (reportEveryMillis < tickMillis) throw new IllegalArgumentException("reportEvery must be at least one tick");
        split = split == null ? SplitOverrides.NONE : split;
        hotPartitionError = hotPartitionError == null ? OnDemandHotPartitionError.DEFAULT : hotPartitionError;
        keyHash = keyHash == null ? KeyHash.DEFAULT : keyHash;
        tables = List.copyOf(tables);
        workloads = List.copyOf(workloads);
        events = List.copyOf(events);
        if (tables.isEmpty()) throw new IllegalArgumentException("a scenario needs at least one table");
        Set<String> names = new HashSet<>();
        Set<String> sorted = new HashSet<>();
        for (TableScenario t : tables) {
            if (!names.add(t.name())) throw new IllegalArgumentException("duplicate table name " + t.name());
            if (t.sortKey() != null) sorted.add(t.name());
        }
        Set<String> workloadNames = new HashSet<>();
        for (WorkloadScenario w : workloads) {
            if (!names.contains(w.table())) throw new IllegalArgumentException("workload " + w.name() + ": no table " + w.table());
            if (!workloadNames.add(w.name())) throw new IllegalArgumentException("duplicate workload name " + w.name());
            if (w.sortKeys() != null && !sorted.contains(w.table())) {
                throw new IllegalArgumentException("workload " + w.name() + ": table " + w.table() + " has no sort key");
            }
        }
        for (ScheduledEvent e : events) {
            if (e.table() != null && !names.contains(e.table())) throw new IllegalArgumentException("event at " + e.atMillis() + " ms: no table " + e.table());
        }
    }

    /** A scenario whose what-if replays size their server cluster for the peak. */
    public Scenario(String name, String description, long seed, long tickMillis, long durationMillis,
                    long reportEveryMillis, SplitOverrides split, OnDemandHotPartitionError hotPartitionError,
                    List<TableScenario> tables, List<WorkloadScenario> workloads, List<ScheduledEvent> events, KeyHash keyHash) {
        this(name, description, seed, tickMillis, durationMillis, reportEveryMillis, split, hotPartitionError, tables,
                workloads, events, keyHash, null);
    }

    /** A scenario hashing keys with {@link KeyHash#DEFAULT}. */
    public Scenario(String name, String description, long seed, long tickMillis, long durationMillis,
                    long reportEveryMillis, SplitOverrides split, OnDemandHotPartitionError hotPartitionError,
                    List<TableScenario> tables, List<WorkloadScenario> workloads, List<ScheduledEvent> events) {
        this(name, description, seed, tickMillis, durationMillis, reportEveryMillis, split, hotPartitionError, tables,
                workloads, events, null);
    }

    /** The default summary interval for a duration: a twelfth of it, in whole ticks, at least one tick. */
    public static long defaultReportEvery(long durationMillis, long tickMillis) {
        long ticks = Math.max(1, (durationMillis / tickMillis + 11) / 12);
        return ticks * tickMillis;
    }
}
