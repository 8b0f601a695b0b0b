/**
 * The hashed key space: partition key values hashed to tokens (a stand-in for DynamoDB's
 * unpublished hash, F3.2-F3.4), and the order in which partitions hold them.
 */
package dev.dynasim.engine.partition;
