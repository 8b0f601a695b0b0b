/**
 * The hashed key space and its partitions: partition key values hashed to 128-bit tokens (a stand-in
 * for DynamoDB's unpublished hash, F3.2-F3.4), half-open {@link dev.dynasim.engine.partition.TokenRange}s,
 * the {@link dev.dynasim.engine.partition.PartitionMap} that routes a token to its partition and grows
 * only by splitting (F3.10-F3.14), the documented partition-count rules, and the pluggable split
 * policies (size, heat) that return their decisions as values. Pure and deterministic.
 */
package dev.dynasim.engine.partition;
