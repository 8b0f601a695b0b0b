package dev.dynasim.engine.trace;

/** Argument checks shared by the event records. */
final class Events {
    private Events() {
    }

    /** Rejects a negative time or a missing table name. */
    static void check(long time, String table) {
        if (time < 0) throw new IllegalArgumentException("time must not be negative: " + time);
        if (table == null || table.isEmpty()) throw new IllegalArgumentException("table is required");
    }

    /** Rejects a missing text field. */
    static void required(String value, String field) {
        if (value == null || value.isEmpty()) throw new IllegalArgumentException(field + " is required");
    }

    /** Rejects a negative or non-finite amount. */
    static void amount(double value, String field) {
        if (!(value >= 0) || Double.isInfinite(value)) {
            throw new IllegalArgumentException(field + " must be a finite amount >= 0: " + value);
        }
    }
}
