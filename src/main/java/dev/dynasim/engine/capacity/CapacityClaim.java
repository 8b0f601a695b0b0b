package dev.dynasim.engine.capacity;

import java.util.Objects;

/** A request's demand on one gate: so many units of a partition's, table's or GSI's throughput. */
public record CapacityClaim(ThroughputGate gate, double units) {
    /** Validates the claim. */
    public CapacityClaim {
        Objects.requireNonNull(gate, "gate");
        if (!(units >= 0) || Double.isInfinite(units)) {
            throw new IllegalArgumentException("units must be finite and >= 0: " + units);
        }
    }
}
