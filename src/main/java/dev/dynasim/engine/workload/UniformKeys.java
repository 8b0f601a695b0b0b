package dev.dynasim.engine.workload;

import java.util.ArrayList;
import java.util.List;
import java.util.random.RandomGenerator;

/** Every one of {@code n} keys ({@code prefix + index}) equally likely. */
public record UniformKeys(String prefix, long n) implements KeyDistribution {

    /** Checks the fields. */
    public UniformKeys {
        KeyNames.checkPrefix(prefix);
        if (n < 1) throw new IllegalArgumentException("a distribution needs at least one key: " + n);
    }

    /** Uniform over {@code n} keys "key-0" ... */
    public UniformKeys(long n) {
        this(KeyNames.DEFAULT_PREFIX, n);
    }

    @Override
    public String next(RandomGenerator rng) {
        return KeyNames.of(prefix, n == 1 ? 0 : rng.nextLong(n));
    }

    @Override
    public HeavyHitters heavyHitters(int k) {
        KeyNames.checkK(k);
        int top = (int) Math.min(k, n);
        List<KeyShare> shares = new ArrayList<>(top);
        for (int i = 0; i < top; i++) shares.add(new KeyShare(KeyNames.of(prefix, i), 1.0 / n));
        return new HeavyHitters(shares, (double) (n - top) / n, n - top);
    }

    @Override
    public double probabilityOf(String key) {
        return KeyNames.indexOf(prefix, n, key) >= 0 ? 1.0 / n : 0.0;
    }

    @Override
    public long keyCount() {
        return n;
    }
}
