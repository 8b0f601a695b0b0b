package dev.dynasim.engine.table;

/** What aggregate traffic got: requests served and throttled (expected values, so fractional). */
public record RateOutcome(double served, double throttled) {
}
