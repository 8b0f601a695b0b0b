package dev.dynasim.engine.table;

/**
 * What aggregate traffic got: requests served and throttled (expected values, so fractional), the
 * items each heavy-hitter key inserted, and the requests served in the tail.
 */
public record RateOutcome(double served, double throttled, double[] keyInserted, double tailServed) {
}
