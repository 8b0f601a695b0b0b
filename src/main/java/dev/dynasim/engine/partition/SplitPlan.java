package dev.dynasim.engine.partition;

/**
 * A decision to split one partition at a token: the lower child takes [start, at), the upper [at, end).
 * The split is decided at {@code decidedAtMillis} and takes effect at {@code completesAtMillis}
 * (splits take minutes, F3.13); {@code explanation} says why, for traces and students.
 */
public record SplitPlan(PartitionId partition, Token at, SplitCause cause, long decidedAtMillis,
                        long completesAtMillis, String explanation) implements SplitDecision {
    /** Checks the components. */
    public SplitPlan {
        if (partition == null || at == null || cause == null) throw new IllegalArgumentException("incomplete split plan");
        if (completesAtMillis < decidedAtMillis) throw new IllegalArgumentException("a split cannot complete before it is decided");
    }

    @Override
    public String toString() {
        return "split " + partition + " at " + at.toShortString() + " for " + cause + ", decided at "
                + Format.duration(decidedAtMillis) + ", completes at " + Format.duration(completesAtMillis) + ": " + explanation;
    }
}
