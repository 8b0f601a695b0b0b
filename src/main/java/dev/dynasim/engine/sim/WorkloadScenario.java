package dev.dynasim.engine.sim;

import dev.dynasim.engine.workload.KeyDistribution;
import dev.dynasim.engine.workload.OperationMix;
import dev.dynasim.engine.workload.RateShape;
import dev.dynasim.engine.workload.Workload;

/**
 * A named workload of a scenario: the table it targets, its key distribution, rate shape and
 * operation mix, and the random stream it draws from (null: the workload's name).
 */
public record WorkloadScenario(String name, String table, KeyDistribution keys, RateShape rate, OperationMix mix,
                               String stream) {

    /** Checks the fields. */
    public WorkloadScenario {
        if (name == null || name.isEmpty()) throw new IllegalArgumentException("workload name is required");
        if (stream == null || stream.isEmpty()) stream = name;
    }

    /** The engine workload this describes. */
    public Workload workload() {
        return new Workload(table, keys, rate, mix, stream);
    }
}
