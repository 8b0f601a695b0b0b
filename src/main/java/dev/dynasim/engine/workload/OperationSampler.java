package dev.dynasim.engine.workload;

import java.util.Map;
import java.util.random.RandomGenerator;

/** An operation mix's weights as cumulative arrays in operation order, for fast repeated draws. */
final class OperationSampler {
    private final Operation[] operations;
    private final double[] cumulative;

    OperationSampler(Map<Operation, Double> weights) {
        operations = new Operation[weights.size()];
        cumulative = new double[weights.size()];
        double sum = 0;
        int i = 0;
        for (Map.Entry<Operation, Double> e : weights.entrySet()) {
            sum += e.getValue();
            operations[i] = e.getKey();
            cumulative[i++] = sum;
        }
    }

    /** Draws an operation: one uniform double scaled by the total weight, matched in operation order. */
    Operation next(RandomGenerator rng) {
        double u = rng.nextDouble() * cumulative[cumulative.length - 1];
        for (int i = 0; i < cumulative.length - 1; i++) if (u < cumulative[i]) return operations[i];
        return operations[operations.length - 1];
    }
}
