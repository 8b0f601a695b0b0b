package dev.dynasim.engine.workload;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.HashMap;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class ZipfKeysTest {

    @Test
    void probability_threeKeysExponentOne_isHarmonicShare() {
        ZipfKeys z = new ZipfKeys(3, 1.0);
        assertThat(z.probability(0)).isCloseTo(6.0 / 11, within(1e-15));
        assertThat(z.probability(1)).isCloseTo(3.0 / 11, within(1e-15));
        assertThat(z.probability(2)).isCloseTo(2.0 / 11, within(1e-15));
        assertThat(z.probabilityOf("key-2")).isCloseTo(2.0 / 11, within(1e-15));
        assertThat(z.probabilityOf("key-3")).isZero();
        assertThat(z.probabilityOf("key-01")).isZero();
    }

    @Test
    void next_seededStream_drawsGoldenKeys() {
        // checked independently: SplitMix64 nextDouble against the normalized harmonic CDF in Python
        SplittableRandom rng = new SplittableRandom(0x5EEDL);
        ZipfKeys z = new ZipfKeys(1000, 1.0);
        assertThat(IntStream.range(0, 8).mapToObj(i -> z.next(rng)).toList())
                .containsExactly("key-0", "key-6", "key-8", "key-14", "key-0", "key-8", "key-1", "key-0");
    }

    @Test
    void next_millionDraws_matchProbabilitiesWithinFiveSigma() {
        ZipfKeys z = new ZipfKeys(1000, 1.0);
        SplittableRandom rng = new SplittableRandom(2024);
        int draws = 1_000_000;
        Map<String, Integer> counts = new HashMap<>();
        for (int i = 0; i < draws; i++) counts.merge(z.next(rng), 1, Integer::sum);
        for (int i : new int[] {0, 1, 2, 3, 4, 9, 99, 999}) {
            double p = z.probability(i);
            double sigma = Math.sqrt(draws * p * (1 - p));
            assertThat((double) counts.getOrDefault("key-" + i, 0)).as("key-%d", i).isCloseTo(draws * p, within(5 * sigma));
        }
        assertThat(z.probability(0)).isCloseTo(0.13359213049244015, within(1e-15));
    }

    @Test
    void next_exponentZero_isUniform() {
        ZipfKeys z = new ZipfKeys(4, 0.0);
        assertThat(z.probability(3)).isEqualTo(0.25);
    }

    @Test
    void heavyHitters_millionKeys_massesSumToOne() {
        ZipfKeys z = new ZipfKeys(1_000_000, 0.99);
        HeavyHitters h = z.heavyHitters(100);
        assertThat(h.top()).hasSize(100);
        assertThat(h.top().get(0).key()).isEqualTo("key-0");
        assertThat(h.top().get(0).probability()).isGreaterThan(h.top().get(1).probability());
        assertThat(h.total()).isCloseTo(1.0, within(1e-12));
        assertThat(h.tailKeys()).isEqualTo(999_900L);
        assertThat(z.next(new SplittableRandom(1))).startsWith("key-");
    }

    @Test
    void heavyHitters_moreThanN_coversEveryKeyWithEmptyTail() {
        HeavyHitters h = new ZipfKeys(3, 1.0).heavyHitters(10);
        assertThat(h.top()).extracting(KeyShare::key).containsExactly("key-0", "key-1", "key-2");
        assertThat(h.tailMass()).isCloseTo(0.0, within(1e-15));
        assertThat(h.tailKeys()).isZero();
    }
}
