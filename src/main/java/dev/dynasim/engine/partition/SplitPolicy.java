package dev.dynasim.engine.partition;

/** A pluggable decision whether, where and why to split one partition. Pure: same input, same decision. */
public interface SplitPolicy {
    /** Decides for the partition in {@code input}. */
    SplitDecision decide(SplitInput input);
}
