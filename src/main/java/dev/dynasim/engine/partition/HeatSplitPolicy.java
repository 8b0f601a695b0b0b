package dev.dynasim.engine.partition;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/**
 * Split for heat (F3.13) and hot-item isolation (F3.20): a partition whose usage stays at or above
 * {@code thresholdFraction} of its limit for {@code sustainMillis} splits at the weighted median of the
 * observed per-key load, not the middle of its range. When one key dominates (it alone, or the busier
 * child of the best cut, carries more than {@code maxHotChildShare} of the load) the split instead
 * isolates that key: it cuts just below or just above the hot key's token, whichever moves more of the
 * other keys' load away from it, so that within two splits the hot item has a partition of its own. It
 * does not split, and says so, when no split would help: all the load is on one key, or the keys are
 * accessed in sequence along the range (each key's accesses end before the next key's begin, so the load
 * would follow onto one child). With no per-key load observed it splits at the midpoint of its range.
 */
public record HeatSplitPolicy(double thresholdFraction, long sustainMillis, long splitDurationMillis,
                              double maxHotChildShare) implements SplitPolicy {
    /** Checks the parameters. */
    public HeatSplitPolicy {
        if (!(thresholdFraction > 0) || sustainMillis < 0 || splitDurationMillis < 0
                || !(maxHotChildShare > 0.5 && maxHotChildShare <= 1)) {
            throw new IllegalArgumentException("bad heat split parameters");
        }
    }

    /** The policy with the defaults of {@link SplitDefaults}: 80% for 5 minutes, 5-minute split, 80% busier child. */
    public static HeatSplitPolicy defaults() {
        return new HeatSplitPolicy(SplitDefaults.HEAT_THRESHOLD_FRACTION, SplitDefaults.HEAT_SUSTAIN_MILLIS,
                SplitDefaults.SPLIT_DURATION_MILLIS, SplitDefaults.MAX_HOT_CHILD_SHARE);
    }

    @Override
    public SplitDecision decide(SplitInput input) {
        Partition p = input.partition();
        String limit = "its limit of " + input.limit();
        long hot = input.usage().sustainedMillis(input.limit(), thresholdFraction);
        if (hot == 0) {
            return new NoSplit(p.id(), NoSplitReason.BELOW_THRESHOLD, "uses less than " + percent(thresholdFraction) + " of " + limit);
        }
        String heat = "at or above " + percent(thresholdFraction) + " of " + limit + " for " + Format.duration(hot);
        if (hot < sustainMillis) {
            return new NoSplit(p.id(), NoSplitReason.NOT_SUSTAINED, heat + ", not yet the " + Format.duration(sustainMillis) + " that triggers a split");
        }
        if (!p.range().canSplitAt(p.range().midpoint())) {
            return new NoSplit(p.id(), NoSplitReason.RANGE_TOO_NARROW, heat + ", but its range is a single token " + p.range().start().toShortString()
                    + " (one partition key value, e.g. a hot item isolated in a partition of its own): no split divides it",
                    p.range().start());
        }
        long now = input.nowMillis();
        List<KeyLoad> keys = merged(p, input.keyLoads().get());
        double total = keys.stream().mapToDouble(KeyLoad::units).sum();
        if (total == 0) {
            return new SplitPlan(p.id(), p.range().midpoint(), SplitCause.HEAT, now, now + splitDurationMillis,
                    heat + "; no per-key load observed, so it splits at the midpoint of its range");
        }
        if (keys.size() == 1) {
            return new NoSplit(p.id(), NoSplitReason.SINGLE_KEY, heat + ", but all of the load is on one key (token "
                    + keys.get(0).token().toShortString() + "): no split divides it", keys.get(0).token());
        }
        if (sequential(keys)) {
            return new NoSplit(p.id(), NoSplitReason.SEQUENTIAL_KEYS, heat + ", but its " + keys.size()
                    + " keys are accessed one after another along the range: the load would follow onto one child");
        }
        KeyLoad hottest = keys.stream().max(Comparator.comparingDouble(KeyLoad::units)).orElseThrow();
        LoadCut cut = LoadCut.of(keys.stream().map(KeyLoad::token).toList(), keys.stream().mapToDouble(KeyLoad::units).toArray());
        if (hottest.units() / total > maxHotChildShare || cut.heavierShare() > maxHotChildShare) {
            return isolate(p, keys, hottest, total, heat, now);
        }
        return new SplitPlan(p.id(), cut.at(), SplitCause.HEAT, now, now + splitDurationMillis,
                heat + "; split at the observed median key " + cut.at().toShortString() + ": "
                        + percent(cut.lowerWeight() / total) + " of the load below, " + percent(cut.upperWeight() / total) + " from it");
    }

    /**
     * The split that isolates the hot key (F3.20): at its token (the keys below leave) or just after it
     * (the keys above leave), whichever moves more load; ties go to the cut below. The partition has at
     * least two loaded keys, so one side always holds some.
     */
    private SplitDecision isolate(Partition p, List<KeyLoad> keys, KeyLoad hottest, double total, String heat, long now) {
        double below = 0;
        double above = 0;
        for (KeyLoad k : keys) {
            int c = k.token().compareTo(hottest.token());
            if (c < 0) below += k.units();
            if (c > 0) above += k.units();
        }
        boolean cutBelow = below >= above;
        Token at = cutBelow ? hottest.token() : hottest.token().next();
        String share = percent(hottest.units() / total);
        return new SplitPlan(p.id(), at, SplitCause.HEAT, now, now + splitDurationMillis,
                heat + "; " + share + " of the load is on one key (token " + hottest.token().toShortString()
                        + "), so the split at " + at.toShortString() + " isolates it: the " + percent((cutBelow ? below : above) / total)
                        + " of the load on the keys " + (cutBelow ? "below" : "above") + " it moves to the other child");
    }

    /** The loads inside the partition with units above zero, one per token (summed), sorted by token. */
    private static List<KeyLoad> merged(Partition p, List<KeyLoad> loads) {
        List<KeyLoad> inside = new ArrayList<>();
        for (KeyLoad k : loads) if (k.units() > 0 && p.owns(k.token())) inside.add(k);
        inside.sort(Comparator.comparing(KeyLoad::token));
        List<KeyLoad> out = new ArrayList<>(inside.size());
        for (KeyLoad k : inside) {
            int last = out.size() - 1;
            if (last >= 0 && out.get(last).token().equals(k.token())) {
                KeyLoad m = out.get(last);
                out.set(last, new KeyLoad(k.token(), m.units() + k.units(), Math.min(m.firstAccessMillis(), k.firstAccessMillis()),
                        Math.max(m.lastAccessMillis(), k.lastAccessMillis())));
            } else {
                out.add(k);
            }
        }
        return out;
    }

    /** Whether, in token order, each key's accesses all come strictly before (or all strictly after) the next key's. */
    private static boolean sequential(List<KeyLoad> byToken) {
        boolean ascending = true;
        boolean descending = true;
        for (int i = 1; i < byToken.size(); i++) {
            KeyLoad a = byToken.get(i - 1);
            KeyLoad b = byToken.get(i);
            ascending &= a.lastAccessMillis() < b.firstAccessMillis();
            descending &= b.lastAccessMillis() < a.firstAccessMillis();
        }
        return ascending || descending;
    }

    private static String percent(double share) {
        return String.format(Locale.ROOT, "%.0f%%", share * 100);
    }
}
