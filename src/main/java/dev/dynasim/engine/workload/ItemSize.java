package dev.dynasim.engine.workload;

import java.util.random.RandomGenerator;

/** The size in bytes of the items a workload writes or reads. */
public sealed interface ItemSize permits ItemSize.Fixed, ItemSize.Uniform {

    /** Draws a size in bytes. */
    int next(RandomGenerator rng);

    /** The mean size in bytes. */
    double mean();

    /** Always {@code bytes}; draws nothing. */
    record Fixed(int bytes) implements ItemSize {

        /** Checks the size. */
        public Fixed {
            if (bytes < 1) throw new IllegalArgumentException("an item has at least 1 byte: " + bytes);
        }

        @Override
        public int next(RandomGenerator rng) {
            return bytes;
        }

        @Override
        public double mean() {
            return bytes;
        }
    }

    /** Uniform over {@code [min, max]} bytes inclusive; one bounded int per draw (none when min == max). */
    record Uniform(int min, int max) implements ItemSize {

        /** Checks the range. */
        public Uniform {
            if (min < 1 || max < min) throw new IllegalArgumentException("need 1 <= min <= max: " + min + ", " + max);
        }

        @Override
        public int next(RandomGenerator rng) {
            return min == max ? min : rng.nextInt(min, max + 1);
        }

        @Override
        public double mean() {
            return (min + (double) max) / 2;
        }
    }

    /** Always {@code bytes}. */
    static ItemSize fixed(int bytes) {
        return new Fixed(bytes);
    }

    /** Uniform over {@code [min, max]} bytes. */
    static ItemSize uniform(int min, int max) {
        return new Uniform(min, max);
    }
}
