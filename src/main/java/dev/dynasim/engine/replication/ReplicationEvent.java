package dev.dynasim.engine.replication;

/**
 * Something that happened to a replica group, as a value: {@code slot} is the replica's position
 * (its home zone's index in the Region), {@code zone} where that replica is now, {@code detail} a short
 * explanation for students.
 */
public record ReplicationEvent(long timeMillis, Kind kind, int slot, AvailabilityZone zone, String detail) {
    /** What happened. */
    public enum Kind {
        /** The replica became unreachable (its zone or the replica itself failed). */
        REPLICA_DOWN,
        /** The replica is reachable again and catches up. */
        REPLICA_UP,
        /** A new leader was elected; it serves once the old lease expires. */
        LEADER_ELECTED,
        /** Too few replicas are up: the group has no leader and rejects writes. */
        QUORUM_LOST,
        /** The leader replaced a failed replica with a log replica (F4.5). */
        LOG_REPLICA_ADDED,
        /** The log replica finished rebuilding into a storage replica (F4.5). */
        STORAGE_REPLICA_REBUILT,
        /** A replica's extra replication lag changed (a slow replica, or back to normal). */
        REPLICA_SLOWED
    }
}
