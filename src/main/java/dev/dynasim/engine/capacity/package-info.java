/**
 * Capacity and throttling: unit arithmetic (facts file section 2), and admission of units over
 * simulated time (section 3): {@link dev.dynasim.engine.capacity.TokenBucket}, provisioned partitions
 * with burst capacity and the hard partition ceiling, adaptive capacity, on-demand scaling with warm
 * throughput, all-or-nothing admission across a table and its GSIs, and the throttling reasons and
 * errors a throttled request answers with. Pure, deterministic domain code: JDK only, simulated time
 * in long milliseconds, decisions returned as values.
 */
package dev.dynasim.engine.capacity;
