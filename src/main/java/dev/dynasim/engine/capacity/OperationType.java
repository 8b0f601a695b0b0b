package dev.dynasim.engine.capacity;

/** What kind of operation is throttled: reads or writes (F3.31). */
public enum OperationType {
    Read, Write
}
