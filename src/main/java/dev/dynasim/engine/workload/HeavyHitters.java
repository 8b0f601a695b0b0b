package dev.dynasim.engine.workload;

import java.util.List;

/**
 * The most requested keys of a distribution, most probable first, and what is left: the tail's
 * probability mass and how many distinct keys share it (-1 when unbounded).
 */
public record HeavyHitters(List<KeyShare> top, double tailMass, long tailKeys) {

    /** Checks the fields and copies the list. */
    public HeavyHitters {
        top = List.copyOf(top);
        if (!(tailMass >= 0 && tailMass <= 1)) throw new IllegalArgumentException("tail mass must be in [0, 1]: " + tailMass);
        if (tailKeys < -1) throw new IllegalArgumentException("tailKeys is a count or -1: " + tailKeys);
    }

    /** Heavy hitters whose tail is whatever the top leaves, never below 0. */
    static HeavyHitters of(List<KeyShare> top, long tailKeys) {
        return new HeavyHitters(top, Math.max(0.0, 1.0 - sum(top)), tailKeys);
    }

    /** The top keys' mass plus the tail's: 1 up to rounding. */
    public double total() {
        return sum(top) + tailMass;
    }

    /** Compensated (Kahan) sum of the probabilities. */
    static double sum(List<KeyShare> shares) {
        double s = 0;
        double c = 0;
        for (KeyShare k : shares) {
            double y = k.probability() - c;
            double t = s + y;
            c = (t - s) - y;
            s = t;
        }
        return s;
    }
}
