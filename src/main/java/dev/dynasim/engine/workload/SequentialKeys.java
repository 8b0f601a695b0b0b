package dev.dynasim.engine.workload;

import java.util.List;
import java.util.random.RandomGenerator;

/**
 * Time-ordered keys, each used once: {@code prefix} followed by a 19-digit zero-padded counter,
 * so keys sort in the order they were made (like timestamps or ascending ids). Draws nothing
 * from the random stream; the counter is this object's state, and each {@link WorkloadRun}
 * counts on its own {@link #fresh()} copy.
 */
public final class SequentialKeys implements KeyDistribution {
    private static final int DIGITS = 19;

    private final String prefix;
    private final long start;
    private long counter;

    /** Keys "seq-0000000000000000000", "seq-0000000000000000001", ... */
    public SequentialKeys() {
        this("seq-", 0L);
    }

    /** Keys {@code prefix} + counter from {@code start}. */
    public SequentialKeys(String prefix, long start) {
        KeyNames.checkPrefix(prefix);
        if (start < 0) throw new IllegalArgumentException("start must not be negative: " + start);
        this.prefix = prefix;
        this.start = start;
        this.counter = start;
    }

    /** A new counter at this one's start. */
    @Override
    public KeyDistribution fresh() {
        return new SequentialKeys(prefix, start);
    }

    @Override
    public String next(RandomGenerator rng) {
        String digits = Long.toString(counter++);
        StringBuilder sb = new StringBuilder(prefix.length() + DIGITS).append(prefix);
        for (int i = digits.length(); i < DIGITS; i++) sb.append('0');
        return sb.append(digits).toString();
    }

    /** The counter of the next key. */
    public long nextIndex() {
        return counter;
    }

    /** No key is heavy: every key is used once, so the whole mass is an unbounded tail. */
    @Override
    public HeavyHitters heavyHitters(int k) {
        KeyNames.checkK(k);
        return new HeavyHitters(List.of(), 1.0, -1);
    }

    @Override
    public double probabilityOf(String key) {
        return 0.0;
    }

    @Override
    public long keyCount() {
        return -1;
    }

    @Override
    public String toString() {
        return "SequentialKeys[prefix=" + prefix + ", next=" + counter + "]";
    }
}
