package dev.dynasim.engine.workload;

import java.util.random.RandomGenerator;

/**
 * Which partition key a request goes to: drawn one at a time for item-level simulation, and
 * described by its heavy hitters and tail for rate-level simulation.
 */
public interface KeyDistribution {

    /** Draws the next key from {@code rng}. */
    String next(RandomGenerator rng);

    /** The {@code k} most probable keys, most probable first (ties in the distribution's fixed order), and the remaining tail. */
    HeavyHitters heavyHitters(int k);

    /** The probability that a request goes to {@code key} (0 for keys outside the distribution). */
    double probabilityOf(String key);

    /** How many distinct keys the distribution has, or -1 when unbounded. */
    long keyCount();

    /** This distribution at its start, for one run: itself when it keeps no state between draws. */
    default KeyDistribution fresh() {
        return this;
    }

    /** Uniform over {@code n} keys "key-0" ... */
    static KeyDistribution uniform(long n) {
        return new UniformKeys(n);
    }

    /** Zipf over {@code n} keys, "key-0" the most probable, with {@code exponent}. */
    static KeyDistribution zipf(int n, double exponent) {
        return new ZipfKeys(n, exponent);
    }

    /** {@code share} of requests to {@code base}'s most probable key, the rest drawn from {@code base}. */
    static KeyDistribution hotKey(double share, KeyDistribution base) {
        return new HotKey(share, base);
    }

    /** Time-ordered keys "seq-0000000000000000000", "seq-...1", ... each used once. */
    static KeyDistribution sequential() {
        return new SequentialKeys();
    }

    /** {@code base}'s keys written with a random suffix "#0" ... "#(suffixes-1)". */
    static KeyDistribution sharded(KeyDistribution base, int suffixes) {
        return new ShardedKeys(base, suffixes);
    }
}
