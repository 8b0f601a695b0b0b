package dev.dynasim.engine.replication;

/**
 * One replica of a group as a student sees it: its slot, the zone it is in now, what it holds,
 * whether it is up and leads, the log position it has applied at the time asked and how far behind
 * the leader it is (in log entries and in milliseconds since the oldest write it has not applied).
 */
public record ReplicaView(int slot, AvailabilityZone zone, ReplicaKind kind, boolean up, boolean leader,
                          long appliedLsn, long behindEntries, long lagMillis, long extraLagMillis) {
}
