package dev.dynasim.engine.trace;

/**
 * Something happened to the replica group of one partition: a replica went down or came back, a
 * leader was elected, the group lost its quorum, a failed replica was replaced by a log replica or that
 * replica finished rebuilding, or a replica was slowed.
 *
 * @param time simulated milliseconds
 * @param table table name
 * @param index index name, or null for the base table
 * @param partition partition id
 * @param change REPLICA_DOWN, REPLICA_UP, LEADER_ELECTED, QUORUM_LOST, LOG_REPLICA_ADDED,
 *               STORAGE_REPLICA_REBUILT or REPLICA_SLOWED
 * @param zone the zone of the replica concerned (for LEADER_ELECTED, the new leader's)
 * @param detail a short explanation for students
 */
public record ReplicaChanged(long time, String table, String index, long partition, String change, String zone,
                             String detail) implements TraceEvent {

    /** Checks the fields. */
    public ReplicaChanged {
        Events.check(time, table);
        Events.required(change, "change");
        Events.required(zone, "zone");
        Events.required(detail, "detail");
    }
}
