package dev.dynasim.engine.workload;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.random.RandomGenerator;

/**
 * One hot key taking {@code share} of the requests; the others are drawn from {@code base}
 * (which may draw the hot key too). Each draw takes one uniform double, then the base's draws
 * when the hot key is not chosen.
 */
public record HotKey(String hotKey, double share, KeyDistribution base) implements KeyDistribution {

    /** Checks the fields. */
    public HotKey {
        if (hotKey == null) throw new IllegalArgumentException("hotKey is required");
        if (!(share >= 0 && share <= 1)) throw new IllegalArgumentException("share must be in [0, 1]: " + share);
        if (base == null) throw new IllegalArgumentException("base is required");
    }

    /** {@code share} of the requests to {@code base}'s most probable key. */
    public HotKey(double share, KeyDistribution base) {
        this(topKeyOf(base), share, base);
    }

    @Override
    public String next(RandomGenerator rng) {
        return rng.nextDouble() < share ? hotKey : base.next(rng);
    }

    @Override
    public HeavyHitters heavyHitters(int k) {
        KeyNames.checkK(k);
        List<KeyShare> shares = new ArrayList<>(k + 1);
        shares.add(new KeyShare(hotKey, probabilityOf(hotKey)));
        for (KeyShare s : base.heavyHitters(k + 1).top()) {
            if (!s.key().equals(hotKey)) shares.add(new KeyShare(s.key(), (1 - share) * s.probability()));
        }
        shares.sort(Comparator.comparingDouble(KeyShare::probability).reversed());
        List<KeyShare> top = shares.subList(0, Math.min(k, shares.size()));
        long count = keyCount();
        return HeavyHitters.of(top, count < 0 ? -1 : count - top.size());
    }

    @Override
    public KeyDistribution fresh() {
        KeyDistribution b = base.fresh();
        return b == base ? this : new HotKey(hotKey, share, b);
    }

    @Override
    public double probabilityOf(String key) {
        return (hotKey.equals(key) ? share : 0.0) + (1 - share) * base.probabilityOf(key);
    }

    @Override
    public long keyCount() {
        long n = base.keyCount();
        if (n < 0) return -1;
        return base.probabilityOf(hotKey) > 0 ? n : n + 1;
    }

    private static String topKeyOf(KeyDistribution base) {
        if (base == null) throw new IllegalArgumentException("base is required");
        List<KeyShare> top = base.heavyHitters(1).top();
        if (top.isEmpty()) throw new IllegalArgumentException("the base distribution has no most probable key; name the hot key");
        return top.get(0).key();
    }
}
