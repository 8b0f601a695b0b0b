package dev.dynasim.engine.partition;

/** Why a split policy decided not to split a partition. */
public enum NoSplitReason {
    /** Stored bytes or consumption are below the policy's threshold. */
    BELOW_THRESHOLD(false),
    /** Consumption is above the threshold but not yet for the sustain period. */
    NOT_SUSTAINED(false),
    /** The load or the data is on one key (one item collection): no split point can divide it (F3.13). */
    SINGLE_KEY(true),
    /** The hot keys are a key range accessed in sequence: the load would follow onto one child (F3.13). */
    SEQUENTIAL_KEYS(true),
    /** The range is a single token and cannot be cut. */
    RANGE_TOO_NARROW(true);

    private final boolean splitWouldNotHelp;

    NoSplitReason(boolean splitWouldNotHelp) {
        this.splitWouldNotHelp = splitWouldNotHelp;
    }

    /** Whether the partition needs a split but none would help: the case the engine should show a student. */
    public boolean splitWouldNotHelp() {
        return splitWouldNotHelp;
    }
}
