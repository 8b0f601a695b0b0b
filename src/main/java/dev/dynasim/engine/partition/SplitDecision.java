package dev.dynasim.engine.partition;

/** What a split policy decided for one partition: a {@link SplitPlan} or a {@link NoSplit}. */
public sealed interface SplitDecision permits SplitPlan, NoSplit {
    /** The partition the decision is about. */
    PartitionId partition();

    /** Whether the decision is to split. */
    default boolean splits() {
        return this instanceof SplitPlan;
    }
}
