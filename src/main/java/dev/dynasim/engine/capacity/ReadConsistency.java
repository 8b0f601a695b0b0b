package dev.dynasim.engine.capacity;

/** How a read is served, which sets its price: eventual = half, strong = one, transactional = double (F2.1). */
public enum ReadConsistency {
    EVENTUAL(0.5), STRONG(1.0), TRANSACTIONAL(2.0);

    private final double factor;

    ReadConsistency(double factor) {
        this.factor = factor;
    }

    /** The multiplier applied to 4 KB read units. */
    public double factor() {
        return factor;
    }

    /** STRONG when {@code consistentRead}, EVENTUAL otherwise. */
    public static ReadConsistency of(boolean consistentRead) {
        return consistentRead ? STRONG : EVENTUAL;
    }
}
