package dev.dynasim.engine.partition;

/**
 * A decision not to split one partition, with the reason, a sentence explaining it, and the token of
 * the one key the heat or data is on when it is one key (else null).
 */
public record NoSplit(PartitionId partition, NoSplitReason reason, String explanation, Token hotKey) implements SplitDecision {
    /** Checks the components. */
    public NoSplit {
        if (partition == null || reason == null) throw new IllegalArgumentException("incomplete no-split decision");
    }

    /** A decision that names no single key. */
    public NoSplit(PartitionId partition, NoSplitReason reason, String explanation) {
        this(partition, reason, explanation, null);
    }

    /** Whether the partition needs a split but none would help (see {@link NoSplitReason#splitWouldNotHelp()}). */
    public boolean splitWouldNotHelp() {
        return reason.splitWouldNotHelp();
    }

    @Override
    public String toString() {
        return "no split of " + partition + " (" + reason + "): " + explanation;
    }
}
