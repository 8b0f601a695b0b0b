package dev.dynasim.engine.table;

/**
 * What aggregate traffic got: requests served and throttled (expected values, so fractional), the
 * items each heavy-hitter key inserted, the requests served in the tail, and the requests refused
 * with a server error because a replica group could not serve them.
 */
public record RateOutcome(double served, double throttled, double[] keyInserted, double tailServed, double failed) {
}
