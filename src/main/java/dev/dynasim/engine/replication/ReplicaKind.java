package dev.dynasim.engine.replication;

/** What a replica holds (F4.5). */
public enum ReplicaKind {
    /** The write-ahead log and the B-tree of items: it can serve reads and lead. */
    STORAGE,
    /** Only recent write-ahead log entries: it counts towards the write quorum but serves no reads. */
    LOG
}
