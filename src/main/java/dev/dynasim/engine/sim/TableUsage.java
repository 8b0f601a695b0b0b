package dev.dynasim.engine.sim;

import dev.dynasim.engine.table.Usage;

/** A table's metered usage at the end of a run: read and write units consumed, requests metered and throttled. */
public record TableUsage(double readUnits, double writeUnits, long requests, long throttledRequests) {

    /** A snapshot of the database's usage counters. */
    static TableUsage of(Usage usage) {
        return new TableUsage(usage.readUnits(), usage.writeUnits(), usage.requests(), usage.throttledRequests());
    }
}
