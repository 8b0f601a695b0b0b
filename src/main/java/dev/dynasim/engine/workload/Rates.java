package dev.dynasim.engine.workload;

/** Argument checks shared by the rate shapes. */
final class Rates {
    private Rates() {
    }

    /** Rejects a negative or non-finite rate. */
    static void check(double rate, String field) {
        if (!(rate >= 0) || Double.isInfinite(rate)) {
            throw new IllegalArgumentException(field + " must be a finite rate >= 0: " + rate);
        }
    }
}
