package dev.dynasim.engine.model;

/**
 * One entry of a throttling exception's ThrottlingReasons: the reason, e.g.
 * {@code TableWriteKeyRangeThroughputExceeded}, and the ARN of the table or index (F3.31).
 */
public record ThrottlingCause(String reason, String resource) {
}
