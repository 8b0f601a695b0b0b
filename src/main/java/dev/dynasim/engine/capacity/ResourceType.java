package dev.dynasim.engine.capacity;

/** What is throttled: the base table or a global secondary index (F3.31, API_ThrottlingReason). */
public enum ResourceType {
    Table, Index
}
