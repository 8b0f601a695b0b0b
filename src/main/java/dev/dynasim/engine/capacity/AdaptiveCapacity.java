package dev.dynasim.engine.capacity;

import java.util.List;

/**
 * Adaptive capacity for a provisioned table or GSI (F3.19, example 28): partitions asking for more
 * than their allocation borrow what the others leave unused, never past the table's provisioned
 * total nor the partition ceiling.
 * <p>
 * The rule, applied to recent demand (units per second requested, served or throttled, over a window
 * the caller chooses, typically the last tick):
 * <ol>
 *   <li>spare = tableRate − Σ min(demand<sub>i</sub>, allocated<sub>i</sub>) (never negative);</li>
 *   <li>excess<sub>i</sub> = max(0, demand<sub>i</sub> − allocated<sub>i</sub>);</li>
 *   <li>if Σ excess ≤ spare each hot partition gets its whole excess, otherwise spare is shared in
 *       proportion to excess;</li>
 *   <li>effective<sub>i</sub> = allocated<sub>i</sub> + boost<sub>i</sub>, at most partitionMax and never below
 *       allocated<sub>i</sub>.</li>
 * </ol>
 * Cold partitions keep their allocation. The boost reacts to the demand it is given; the paper's
 * history of reactive adaptive capacity and global admission control (F3.21, D10) is simplified to
 * this one deterministic rule. Isolating hot items (F3.20) is a split, not a rate, and is the
 * partition layer's business.
 */
public final class AdaptiveCapacity {
    private AdaptiveCapacity() {
    }

    /** The effective rate of each partition, by the rule above; arrays are indexed alike. */
    public static double[] effectiveRates(double tableRate, double[] allocated, double[] demand, double partitionMax) {
        if (allocated.length != demand.length) {
            throw new IllegalArgumentException("allocated and demand differ in length: "
                    + allocated.length + " vs " + demand.length);
        }
        double served = 0;
        double totalExcess = 0;
        for (int i = 0; i < allocated.length; i++) {
            served += Math.min(demand[i], allocated[i]);
            totalExcess += Math.max(0, demand[i] - allocated[i]);
        }
        double spare = Math.max(0, tableRate - served);
        double[] effective = new double[allocated.length];
        for (int i = 0; i < allocated.length; i++) {
            double excess = Math.max(0, demand[i] - allocated[i]);
            double boost = totalExcess <= spare ? excess : spare * excess / totalExcess;
            effective[i] = Math.max(allocated[i], Math.min(partitionMax, allocated[i] + boost));
        }
        return effective;
    }

    /**
     * Sets each partition's effective rate from {@code demand} by the rule above; {@code tableRate}
     * is the table's (or GSI's) provisioned units per second for this operation.
     */
    public static void apply(double tableRate, List<ProvisionedPartitionCapacity> partitions, double[] demand,
                             long nowMillis) {
        double[] allocated = new double[partitions.size()];
        double partitionMax = Double.MAX_VALUE;
        for (int i = 0; i < allocated.length; i++) {
            allocated[i] = partitions.get(i).allocatedRate();
            partitionMax = Math.min(partitionMax, partitions.get(i).partitionMax());
        }
        double[] effective = effectiveRates(tableRate, allocated, demand, partitionMax);
        for (int i = 0; i < effective.length; i++) {
            partitions.get(i).setEffectiveRate(effective[i], nowMillis);
        }
    }
}
