package dev.dynasim.engine.partition;

import java.util.ArrayList;
import java.util.List;

/**
 * Split for size (F3.8, F3.10): a partition storing at least {@code thresholdBytes} splits in two at its
 * median key by bytes, so each child holds about half the data. With no per-key sizes (rate level) it
 * splits at the midpoint of its range, where uniform hashing puts the median. One item collection alone
 * cannot be split here (DynamoDB would split it by sort key, F3.5, which dynasim does not model).
 */
public record SizeSplitPolicy(long thresholdBytes, long splitDurationMillis) implements SplitPolicy {
    /** Checks the parameters. */
    public SizeSplitPolicy {
        if (thresholdBytes < 1 || splitDurationMillis < 0) throw new IllegalArgumentException("bad size split parameters");
    }

    /** The policy with the defaults of {@link SplitDefaults}: 10 GB, 5 minutes. */
    public static SizeSplitPolicy defaults() {
        return new SizeSplitPolicy(SplitDefaults.SIZE_SPLIT_BYTES, SplitDefaults.SPLIT_DURATION_MILLIS);
    }

    @Override
    public SplitDecision decide(SplitInput input) {
        Partition p = input.partition();
        long stored = p.storedBytes();
        if (stored < thresholdBytes) {
            return new NoSplit(p.id(), NoSplitReason.BELOW_THRESHOLD,
                    "stores " + Format.bytes(stored) + ", below the split size of " + Format.bytes(thresholdBytes));
        }
        if (!p.range().canSplitAt(p.range().midpoint())) {
            return new NoSplit(p.id(), NoSplitReason.RANGE_TOO_NARROW, "its range is a single token");
        }
        String full = "stores " + Format.bytes(stored) + ", at or above the split size of " + Format.bytes(thresholdBytes);
        List<Token> tokens = new ArrayList<>();
        List<Long> bytes = new ArrayList<>();
        for (KeySize k : input.keySizes().get()) {
            if (!p.owns(k.token())) continue;
            int last = tokens.size() - 1;
            if (last >= 0 && tokens.get(last).compareTo(k.token()) > 0) throw new IllegalArgumentException("key sizes not sorted by token");
            if (last >= 0 && tokens.get(last).equals(k.token())) {
                bytes.set(last, bytes.get(last) + k.bytes());
            } else {
                tokens.add(k.token());
                bytes.add(k.bytes());
            }
        }
        long completes = input.nowMillis() + splitDurationMillis;
        if (tokens.isEmpty()) {
            return new SplitPlan(p.id(), p.range().midpoint(), SplitCause.SIZE, input.nowMillis(), completes,
                    full + "; no per-key sizes known, so it splits at the midpoint of its range");
        }
        if (tokens.size() == 1) {
            return new NoSplit(p.id(), NoSplitReason.SINGLE_KEY,
                    full + ", all under one partition key value (token " + tokens.get(0).toShortString() + ")");
        }
        double[] weights = bytes.stream().mapToDouble(Long::doubleValue).toArray();
        LoadCut cut = LoadCut.of(tokens, weights);
        return new SplitPlan(p.id(), cut.at(), SplitCause.SIZE, input.nowMillis(), completes,
                full + "; halved at the median key " + cut.at().toShortString() + ": "
                        + Format.bytes((long) cut.lowerWeight()) + " below, " + Format.bytes((long) cut.upperWeight()) + " from it");
    }
}
