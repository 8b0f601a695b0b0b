package dev.dynasim.engine.workload;

import java.util.ArrayList;
import java.util.List;
import java.util.random.RandomGenerator;

/**
 * Zipf's law over {@code n} keys: the key of rank r (index r-1) is drawn with probability
 * proportional to 1/r^exponent. Sampling is exact inversion of a precomputed cumulative table
 * (8 bytes per key) by binary search for the first entry above a uniform draw: O(log n) per draw, one uniform double each.
 */
public final class ZipfKeys implements KeyDistribution {
    private final String prefix;
    private final int n;
    private final double exponent;
    private final double[] cdf;
    private final double normalizer;

    /** Zipf over {@code n} keys "key-0" (most probable) ... with {@code exponent} >= 0. */
    public ZipfKeys(int n, double exponent) {
        this(KeyNames.DEFAULT_PREFIX, n, exponent);
    }

    /** Zipf over {@code n} keys {@code prefix + index}, index 0 the most probable. */
    public ZipfKeys(String prefix, int n, double exponent) {
        KeyNames.checkPrefix(prefix);
        if (n < 1) throw new IllegalArgumentException("a distribution needs at least one key: " + n);
        if (!(exponent >= 0) || Double.isInfinite(exponent)) {
            throw new IllegalArgumentException("exponent must be a finite number >= 0: " + exponent);
        }
        this.prefix = prefix;
        this.n = n;
        this.exponent = exponent;
        this.cdf = new double[n];
        double sum = 0;
        double c = 0;
        for (int i = 0; i < n; i++) {
            double y = weight(i) - c;
            double t = sum + y;
            c = (t - sum) - y;
            sum = t;
            cdf[i] = sum;
        }
        this.normalizer = sum;
        for (int i = 0; i < n; i++) cdf[i] /= sum;
        cdf[n - 1] = 1.0;
    }

    /** The number of keys. */
    public int n() {
        return n;
    }

    /** The exponent. */
    public double exponent() {
        return exponent;
    }

    /** The probability of the key at 0-based {@code index} (rank index + 1). */
    public double probability(int index) {
        if (index < 0 || index >= n) return 0.0;
        return weight(index) / normalizer;
    }

    @Override
    public String next(RandomGenerator rng) {
        double u = rng.nextDouble();
        int lo = 0;
        int hi = n - 1;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (cdf[mid] > u) hi = mid;
            else lo = mid + 1;
        }
        return KeyNames.of(prefix, lo);
    }

    @Override
    public HeavyHitters heavyHitters(int k) {
        KeyNames.checkK(k);
        int top = Math.min(k, n);
        List<KeyShare> shares = new ArrayList<>(top);
        for (int i = 0; i < top; i++) shares.add(new KeyShare(KeyNames.of(prefix, i), probability(i)));
        return HeavyHitters.of(shares, n - top);
    }

    @Override
    public double probabilityOf(String key) {
        long i = KeyNames.indexOf(prefix, n, key);
        return i >= 0 ? probability((int) i) : 0.0;
    }

    @Override
    public long keyCount() {
        return n;
    }

    private double weight(int index) {
        return exponent == 0 ? 1.0 : Math.pow(index + 1.0, -exponent);
    }

    @Override
    public String toString() {
        return "ZipfKeys[prefix=" + prefix + ", n=" + n + ", exponent=" + exponent + "]";
    }
}
