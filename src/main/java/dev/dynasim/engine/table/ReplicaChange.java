package dev.dynasim.engine.table;

import dev.dynasim.engine.replication.ReplicationEvent;

/** What happened to the replica group of one table or GSI partition ({@code index} null for the table). */
public record ReplicaChange(String table, String index, long partition, ReplicationEvent event) {
}
