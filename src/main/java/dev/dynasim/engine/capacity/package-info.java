/**
 * Capacity and throttling: unit arithmetic (facts file section 2), and admission of units over
 * simulated time (section 3). Pure, deterministic domain code: JDK only, simulated time in long
 * milliseconds (never going backwards), decisions returned as values, exact fixed-point token counts.
 *
 * <h2>Pieces</h2>
 * <ul>
 *   <li>{@link dev.dynasim.engine.capacity.TokenBucket}: rate, capacity, lazy refill.</li>
 *   <li>{@link dev.dynasim.engine.capacity.ThroughputGate}: "may I consume u units now?" as
 *       {@code check} (no side effect), {@code consume} and {@code tryConsume}.</li>
 *   <li>{@link dev.dynasim.engine.capacity.ProvisionedPartitionCapacity}: a provisioned partition's
 *       allocated bucket, burst bank (300 s) and hard ceiling (3,000 RCU / 1,000 WCU).</li>
 *   <li>{@link dev.dynasim.engine.capacity.PartitionLimit}: the hard ceiling alone, for on-demand partitions.</li>
 *   <li>{@link dev.dynasim.engine.capacity.AdaptiveCapacity}: lends a table's unused units to hot partitions.</li>
 *   <li>{@link dev.dynasim.engine.capacity.OnDemandCapacity} with {@link dev.dynasim.engine.capacity.OnDemandSpec}:
 *       table- or GSI-wide on-demand ceiling, previous peak, warm throughput, maximum, quota.</li>
 *   <li>{@link dev.dynasim.engine.capacity.Admission}: all-or-nothing admission over several gates (GSI back-pressure).</li>
 *   <li>{@link dev.dynasim.engine.capacity.ThrottleDecision}, {@link dev.dynasim.engine.capacity.ThrottlingReason},
 *       {@link dev.dynasim.engine.capacity.ThrottleError}: the answer and what a throttled request returns.</li>
 *   <li>{@link dev.dynasim.engine.capacity.DemandWindow}: per-second requested units, the input of adaptive capacity.</li>
 *   <li>{@link dev.dynasim.engine.capacity.DecreaseQuota}: the daily limit on lowering a table's or a GSI's
 *       provisioned capacity (facts P12), kept by UpdateTable for each.</li>
 * </ul>
 *
 * <h2>Wiring (for the table and partition layers)</h2>
 * <ul>
 *   <li>Provisioned table or GSI: each partition holds one {@code ProvisionedPartitionCapacity} for reads
 *       and one for writes, allocated {@code provisioned / partitionCount}; a capacity change calls
 *       {@code setAllocatedRate}; a split for size uses {@code splitInTwo}.</li>
 *   <li>On-demand table or GSI: each partition holds a {@code PartitionLimit} per operation, and the table
 *       (and each GSI) one {@code OnDemandCapacity} per operation.</li>
 *   <li>A request builds one {@link dev.dynasim.engine.capacity.CapacityClaim} per gate it touches (its
 *       table partition; for on-demand also the table-wide gate; for each affected GSI that GSI's partition
 *       and, on-demand, its table-wide gate) and calls {@code Admission.tryConsumeAll}; a throttled decision
 *       becomes {@code ThrottleError.of(decision, billingMode)}. It records its units in the partition's
 *       {@code DemandWindow} either way.</li>
 *   <li>Once per tick, after serving (step 5 of the step loop), {@code AdaptiveCapacity.apply} sets each
 *       provisioned partition's effective rate from that tick's demand; the boost applies from then on.</li>
 * </ul>
 */
package dev.dynasim.engine.capacity;
