package dev.dynasim.engine.sim;

import java.util.Locale;

/**
 * A failure (or recovery) a scenario schedules, as the facts file's section 4 describes them: an
 * Availability Zone down or back; one replica down or back; a replica slowed by extra replication
 * lag (0 restores it). Replica faults name a table ({@link ScheduledEvent#table()}), optionally a GSI
 * ({@code index}), a {@code partition} (null: every partition of the table or GSI at that time) and the
 * {@code zone} of the replica.
 */
public record Fault(Kind kind, String zone, String index, Integer partition, long extraLagMillis) {
    /** What fails or recovers. */
    public enum Kind {
        ZONE_DOWN, ZONE_UP, REPLICA_DOWN, REPLICA_UP, SLOW_REPLICA;

        /** The name used in scenario files, e.g. "zoneDown". */
        public String fileName() {
            String[] words = name().toLowerCase(Locale.ROOT).split("_");
            return words[0] + Character.toUpperCase(words[1].charAt(0)) + words[1].substring(1);
        }
    }

    /** Checks the fields. */
    public Fault {
        if (kind == null) throw new IllegalArgumentException("fault kind is required");
        if (zone == null || zone.isEmpty()) throw new IllegalArgumentException("fault zone is required");
        if (extraLagMillis < 0) throw new IllegalArgumentException("extra lag must not be negative");
        if (partition != null && partition < 0) throw new IllegalArgumentException("partition must not be negative");
    }

    /** Whether the fault concerns replicas of a table (not a whole zone). */
    public boolean onTable() {
        return kind != Kind.ZONE_DOWN && kind != Kind.ZONE_UP;
    }

    /** Carries the fault out on the simulation, now; replica faults on {@code table}. */
    void apply(Simulation sim, String table) {
        switch (kind) {
            case ZONE_DOWN -> sim.takeZoneDown(zone);
            case ZONE_UP -> sim.bringZoneUp(zone);
            default -> {
                for (int p : partitions(sim, table)) {
                    if (kind == Kind.SLOW_REPLICA) sim.slowReplica(table, index, p, zone, extraLagMillis);
                    else sim.failReplica(table, index, p, zone, kind == Kind.REPLICA_DOWN);
                }
            }
        }
    }

    private int[] partitions(Simulation sim, String table) {
        if (partition != null) return new int[] {partition};
        return sim.database().partitions(table, index).partitions().stream().mapToInt(p -> p.id().number()).toArray();
    }

    /** A one-line description, e.g. "zoneDown use1-az1". */
    public String describe(String table) {
        StringBuilder sb = new StringBuilder(kind.fileName()).append(' ').append(zone);
        if (onTable()) {
            sb.append(" in ").append(table);
            if (index != null) sb.append('/').append(index);
            sb.append(partition == null ? " (every partition)" : " partition " + partition);
        }
        if (kind == Kind.SLOW_REPLICA) sb.append(", +").append(extraLagMillis).append(" ms");
        return sb.toString();
    }
}
