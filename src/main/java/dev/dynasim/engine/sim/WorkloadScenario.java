package dev.dynasim.engine.sim;

import dev.dynasim.engine.iam.Principal;
import dev.dynasim.engine.workload.KeyDistribution;
import dev.dynasim.engine.workload.OperationMix;
import dev.dynasim.engine.workload.RateShape;
import dev.dynasim.engine.workload.Workload;

/**
 * A named workload of a scenario: the table it targets, its partition key and sort key distributions
 * (sort keys null: one item per partition key), rate shape and operation mix, the random stream it
 * draws from (null: the workload's name), and its fidelity:
 * {@code rateHeavyHitters} null runs it at item level, a number runs it at rate level with that many
 * of the most frequent keys routed one by one (see {@link Simulation#addRateWorkload}); and the IAM
 * principal its requests are made as (null: the account's own traffic, not authorised; item level only).
 */
public record WorkloadScenario(String name, String table, KeyDistribution keys, KeyDistribution sortKeys, RateShape rate,
                               OperationMix mix, String stream, Integer rateHeavyHitters, Principal principal) {
    /** Heavy-hitter keys a rate-level workload routes one by one unless the scenario says otherwise. */
    public static final int DEFAULT_HEAVY_HITTERS = 100;
    /** The most heavy hitters a scenario may ask for: each is hashed and tracked every tick (a simulator bound). */
    public static final int MAX_HEAVY_HITTERS = 100_000;

    /** Checks the fields. */
    public WorkloadScenario {
        if (name == null || name.isEmpty()) throw new IllegalArgumentException("workload name is required");
        if (stream == null || stream.isEmpty()) stream = name;
        if (rateHeavyHitters != null && (rateHeavyHitters < 0 || rateHeavyHitters > MAX_HEAVY_HITTERS)) {
            throw new IllegalArgumentException("heavy hitters must be in [0, " + MAX_HEAVY_HITTERS + "]: " + rateHeavyHitters);
        }
        if (principal != null && rateHeavyHitters != null) {
            throw new IllegalArgumentException("workload " + name + ": a principal needs item fidelity (rate level is not authorised request by request)");
        }
    }

    /** A workload of the account's own (not authorised). */
    public WorkloadScenario(String name, String table, KeyDistribution keys, KeyDistribution sortKeys, RateShape rate,
                            OperationMix mix, String stream, Integer rateHeavyHitters) {
        this(name, table, keys, sortKeys, rate, mix, stream, rateHeavyHitters, null);
    }

    /** An item-level workload. */
    public WorkloadScenario(String name, String table, KeyDistribution keys, RateShape rate, OperationMix mix, String stream) {
        this(name, table, keys, null, rate, mix, stream, null);
    }

    /** A workload without sort keys, at rate level when {@code rateHeavyHitters} is not null. */
    public WorkloadScenario(String name, String table, KeyDistribution keys, RateShape rate, OperationMix mix, String stream,
                            Integer rateHeavyHitters) {
        this(name, table, keys, null, rate, mix, stream, rateHeavyHitters);
    }

    /** Whether the workload runs at rate level. */
    public boolean rateLevel() {
        return rateHeavyHitters != null;
    }

    /** The engine workload this describes. */
    public Workload workload() {
        return new Workload(table, keys, rate, mix, stream, sortKeys);
    }
}
