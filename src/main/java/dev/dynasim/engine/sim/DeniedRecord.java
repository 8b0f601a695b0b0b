package dev.dynasim.engine.sim;

/**
 * Requests of one operation that a principal made on a table and IAM denied over a whole run, with
 * IAM's message of the first of them (facts I5).
 */
public record DeniedRecord(String principal, String table, String operation, long requests, String message) {
}
