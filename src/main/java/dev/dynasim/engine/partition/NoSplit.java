package dev.dynasim.engine.partition;

/** A decision not to split one partition, with the reason and a sentence explaining it. */
public record NoSplit(PartitionId partition, NoSplitReason reason, String explanation) implements SplitDecision {
    /** Checks the components. */
    public NoSplit {
        if (partition == null || reason == null) throw new IllegalArgumentException("incomplete no-split decision");
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
