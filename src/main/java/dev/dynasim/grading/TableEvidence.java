package dev.dynasim.grading;

/** A table of the submission's session as the grader saw it after the submission ran: its mode, capacity, items, partitions and usage. */
public record TableEvidence(String name, String billingMode, long readCapacityUnits, long writeCapacityUnits, long itemCount, long sizeBytes,
        int partitions, long requests, long throttledRequests, double readUnits, double writeUnits) {
    /** Whether the table is on demand (PAY_PER_REQUEST). */
    public boolean onDemand() {
        return "PAY_PER_REQUEST".equals(billingMode);
    }

    /** The requests offered to it: served and throttled. */
    public long offered() {
        return requests + throttledRequests;
    }
}
