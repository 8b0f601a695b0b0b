package dev.dynasim.engine.partition;

import java.util.List;
import java.util.function.Supplier;

/**
 * What a split policy may look at for one partition: the partition, its recent usage, the limit its
 * usage is measured against, the observed per-key load and the stored per-key sizes (both supplied
 * lazily, since a policy asks for them only when a split is likely), and the current simulated time.
 * {@code keySizes} are sorted by token; an empty list means unknown (rate-level fidelity). The
 * {@code limit} is the engine's choice: the partition's allocation, or {@link PartitionRules#partitionMaximum()}
 * when usage may exceed the allocation (adaptive capacity, on-demand).
 */
public record SplitInput(Partition partition, ConsumptionHistory usage, Throughput limit,
                         Supplier<List<KeyLoad>> keyLoads, Supplier<List<KeySize>> keySizes, long nowMillis) {
    /** Checks the components. */
    public SplitInput {
        if (partition == null || usage == null || limit == null || keyLoads == null || keySizes == null) {
            throw new IllegalArgumentException("incomplete split input");
        }
    }
}
