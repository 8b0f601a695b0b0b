/**
 * Replication inside a Region (facts file, section 4): three Availability Zones, a replica group of
 * three replicas per partition with a leader holding a lease, 2-of-3 write quorums, followers that
 * apply writes after a seeded replication lag, elections after a leader is lost, and the repairs that
 * restore a group (a log replica within seconds, a rebuilt storage replica within minutes). Decisions
 * come back as values ({@link dev.dynasim.engine.replication.Availability},
 * {@link dev.dynasim.engine.replication.WriteTicket}, {@link dev.dynasim.engine.replication.ReplicationEvent});
 * time is passed in explicitly and randomness comes from the generators the caller hands in.
 */
package dev.dynasim.engine.replication;
