package dev.dynasim.engine.workload;

import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import java.util.random.RandomGenerator;

/**
 * What a workload's requests do: relative weights per operation, the item size distribution,
 * and the share of reads that are strongly consistent (the rest are eventually consistent).
 */
public record OperationMix(Map<Operation, Double> weights, ItemSize itemSize, double strongShare) {
    /** The default item size: 1 KB. */
    public static final int DEFAULT_ITEM_BYTES = 1024;

    /** Checks the fields and copies the weights in operation order. */
    public OperationMix {
        EnumMap<Operation, Double> copy = new EnumMap<>(Operation.class);
        double total = 0;
        for (Map.Entry<Operation, Double> e : weights.entrySet()) {
            double w = e.getValue();
            if (!(w >= 0) || Double.isInfinite(w)) throw new IllegalArgumentException("weight of " + e.getKey() + " must be >= 0: " + w);
            if (w > 0) copy.put(e.getKey(), w);
            total += w;
        }
        if (!(total > 0)) throw new IllegalArgumentException("an operation mix needs a positive weight");
        weights = Collections.unmodifiableMap(copy);
        if (itemSize == null) throw new IllegalArgumentException("itemSize is required");
        if (!(strongShare >= 0 && strongShare <= 1)) throw new IllegalArgumentException("strongShare must be in [0, 1]: " + strongShare);
    }

    /** Weights for get, put, update, query and scan; 1 KB items; eventually consistent reads. */
    public static OperationMix of(double get, double put, double update, double query, double scan) {
        Map<Operation, Double> w = new EnumMap<>(Operation.class);
        w.put(Operation.GET, get);
        w.put(Operation.PUT, put);
        w.put(Operation.UPDATE, update);
        w.put(Operation.QUERY, query);
        w.put(Operation.SCAN, scan);
        return new OperationMix(w, ItemSize.fixed(DEFAULT_ITEM_BYTES), 0.0);
    }

    /** Only {@code operation}; 1 KB items; eventually consistent reads. */
    public static OperationMix only(Operation operation) {
        return new OperationMix(Map.of(operation, 1.0), ItemSize.fixed(DEFAULT_ITEM_BYTES), 0.0);
    }

    /** This mix with another item size distribution. */
    public OperationMix withItemSize(ItemSize size) {
        return new OperationMix(weights, size, strongShare);
    }

    /** This mix with {@code share} of reads strongly consistent. */
    public OperationMix withStrongShare(double share) {
        return new OperationMix(weights, itemSize, share);
    }

    /** The fraction of requests that are {@code operation}. */
    public double share(Operation operation) {
        return weights.getOrDefault(operation, 0.0) / totalWeight();
    }

    /** Draws an operation: one uniform double, matched against the weights in operation order. */
    public Operation nextOperation(RandomGenerator rng) {
        return sampler().next(rng);
    }

    /** A sampler of this mix's operations, for a run's many draws. */
    OperationSampler sampler() {
        return new OperationSampler(weights);
    }

    /** Draws whether a request of {@code operation} reads strongly: one uniform double for reads, none for writes. */
    public boolean nextConsistentRead(Operation operation, RandomGenerator rng) {
        return operation.isRead() && rng.nextDouble() < strongShare;
    }

    private double totalWeight() {
        double total = 0;
        for (double w : weights.values()) total += w;
        return total;
    }
}
