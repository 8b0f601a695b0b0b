package dev.dynasim.engine.workload;

/** One key and the probability that a request goes to it. */
public record KeyShare(String key, double probability) {

    /** Checks the fields. */
    public KeyShare {
        if (key == null) throw new IllegalArgumentException("key is required");
        if (!(probability >= 0 && probability <= 1)) {
            throw new IllegalArgumentException("probability must be in [0, 1]: " + probability);
        }
    }
}
