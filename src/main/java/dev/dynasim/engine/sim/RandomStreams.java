package dev.dynasim.engine.sim;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.SplittableRandom;

/**
 * Named random streams derived from one root seed, one stream per generator (SSJ's idea), so
 * that changing or adding one stream never shifts another.
 *
 * <p>Derivation: the seed of stream {@code name} is the first 8 bytes (big-endian) of
 * SHA-256 over the root seed's 8 bytes (big-endian) followed by the name's UTF-8 bytes; the
 * stream is a {@link SplittableRandom} (SplitMix64) with that seed. Each stream's seed depends
 * only on the root seed and its own name, never on which other streams exist or were drawn.
 */
public final class RandomStreams {
    private final long seed;

    /** The streams of root seed {@code seed}. */
    public RandomStreams(long seed) {
        this.seed = seed;
    }

    /** The root seed. */
    public long seed() {
        return seed;
    }

    /** A new generator at the start of stream {@code name}; each call starts the stream afresh, so keep it. */
    public SplittableRandom stream(String name) {
        return new SplittableRandom(seedOf(name));
    }

    /** The 64-bit seed of stream {@code name}, as documented on this class. */
    public long seedOf(String name) {
        if (name == null || name.isEmpty()) throw new IllegalArgumentException("a stream needs a name");
        MessageDigest sha = sha256();
        for (int shift = 56; shift >= 0; shift -= 8) sha.update((byte) (seed >>> shift));
        sha.update(name.getBytes(StandardCharsets.UTF_8));
        byte[] d = sha.digest();
        long v = 0;
        for (int i = 0; i < Long.BYTES; i++) v = (v << 8) | (d[i] & 0xff);
        return v;
    }

    /** The streams rooted at stream {@code name}'s seed: a named family of streams (e.g. one per table). */
    public RandomStreams child(String name) {
        return new RandomStreams(seedOf(name));
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required of every JDK", e);
        }
    }

    @Override
    public String toString() {
        return "RandomStreams[seed=" + seed + "]";
    }
}
