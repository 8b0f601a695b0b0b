package dev.dynasim.engine.workload;

import java.util.ArrayList;
import java.util.List;
import java.util.random.RandomGenerator;

/**
 * Write sharding: each key of {@code base} gets a random suffix "#0" ... "#(suffixes-1)", so one
 * hot key becomes {@code suffixes} keys that hash to different partitions. Each draw takes the
 * base's draws, then one bounded int.
 */
public record ShardedKeys(KeyDistribution base, int suffixes) implements KeyDistribution {
    /** The separator between a key and its shard suffix. */
    public static final String SEPARATOR = "#";

    /** Checks the fields. */
    public ShardedKeys {
        if (base == null) throw new IllegalArgumentException("base is required");
        if (suffixes < 1) throw new IllegalArgumentException("suffixes must be at least 1: " + suffixes);
    }

    @Override
    public String next(RandomGenerator rng) {
        String key = base.next(rng);
        return key + SEPARATOR + (suffixes == 1 ? 0 : rng.nextInt(suffixes));
    }

    @Override
    public HeavyHitters heavyHitters(int k) {
        KeyNames.checkK(k);
        int baseKeys = (int) ((k + (long) suffixes - 1) / suffixes);
        List<KeyShare> top = new ArrayList<>(k);
        for (KeyShare s : base.heavyHitters(baseKeys).top()) {
            for (int i = 0; i < suffixes && top.size() < k; i++) {
                top.add(new KeyShare(s.key() + SEPARATOR + i, s.probability() / suffixes));
            }
        }
        long count = keyCount();
        return HeavyHitters.of(top, count < 0 ? -1 : count - top.size());
    }

    @Override
    public KeyDistribution fresh() {
        KeyDistribution b = base.fresh();
        return b == base ? this : new ShardedKeys(b, suffixes);
    }

    @Override
    public double probabilityOf(String key) {
        if (key == null) return 0.0;
        int at = key.lastIndexOf(SEPARATOR);
        if (at < 0) return 0.0;
        String suffix = key.substring(at + 1);
        if (!suffix.equals(Integer.toString(parse(suffix)))) return 0.0;
        int i = parse(suffix);
        return i >= 0 && i < suffixes ? base.probabilityOf(key.substring(0, at)) / suffixes : 0.0;
    }

    @Override
    public long keyCount() {
        long n = base.keyCount();
        return n < 0 ? -1 : n * suffixes;
    }

    private static int parse(String digits) {
        if (digits.isEmpty() || digits.length() > 9) return -1;
        int v = 0;
        for (int i = 0; i < digits.length(); i++) {
            char c = digits.charAt(i);
            if (c < '0' || c > '9') return -1;
            v = v * 10 + (c - '0');
        }
        return v;
    }
}
