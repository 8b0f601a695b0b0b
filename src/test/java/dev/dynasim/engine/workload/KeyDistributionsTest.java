package dev.dynasim.engine.workload;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.SplittableRandom;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class KeyDistributionsTest {

    @Test
    void uniformKeys_seededStream_drawsGoldenKeys() {
        SplittableRandom rng = new SplittableRandom(7);
        KeyDistribution u = KeyDistribution.uniform(1000);
        assertThat(IntStream.range(0, 6).mapToObj(i -> u.next(rng)).toList())
                .containsExactly("key-243", "key-902", "key-673", "key-101", "key-837", "key-152");
    }

    @Test
    void uniformKeys_heavyHitters_areEqualSharesAndExactTail() {
        HeavyHitters h = new UniformKeys(8).heavyHitters(3);
        assertThat(h.top()).containsExactly(new KeyShare("key-0", 0.125), new KeyShare("key-1", 0.125),
                new KeyShare("key-2", 0.125));
        assertThat(h.tailMass()).isEqualTo(0.625);
        assertThat(h.tailKeys()).isEqualTo(5L);
        assertThat(h.total()).isEqualTo(1.0);
    }

    @Test
    void hotKey_seededStream_drawsGoldenKeys() {
        SplittableRandom rng = new SplittableRandom(7);
        KeyDistribution h = KeyDistribution.hotKey(0.5, new UniformKeys(100));
        assertThat(IntStream.range(0, 8).mapToObj(i -> h.next(rng)).toList())
                .containsExactly("key-0", "key-0", "key-1", "key-0", "key-0", "key-0", "key-0", "key-0");
    }

    @Test
    void hotKey_baseTopKey_mergesItsShareIntoTheHotKey() {
        HotKey h = new HotKey(0.5, new UniformKeys(100));
        assertThat(h.hotKey()).isEqualTo("key-0");
        HeavyHitters hh = h.heavyHitters(3);
        assertThat(hh.top()).extracting(KeyShare::key).containsExactly("key-0", "key-1", "key-2");
        assertThat(hh.top()).extracting(KeyShare::probability).containsExactly(0.505, 0.005, 0.005);
        assertThat(hh.tailMass()).isCloseTo(0.485, within(1e-15));
        assertThat(hh.tailKeys()).isEqualTo(97L);
        assertThat(hh.total()).isCloseTo(1.0, within(1e-15));
    }

    @Test
    void hotKey_keyOutsideBase_addsOneKey() {
        HotKey h = new HotKey("celebrity", 0.3, new ZipfKeys(3, 1.0));
        HeavyHitters hh = h.heavyHitters(2);
        assertThat(hh.top()).extracting(KeyShare::key).containsExactly("key-0", "celebrity");
        assertThat(hh.top().get(0).probability()).isCloseTo(0.7 * 6 / 11, within(1e-15));
        assertThat(hh.top().get(1).probability()).isEqualTo(0.3);
        assertThat(hh.tailKeys()).isEqualTo(2L);
        assertThat(hh.total()).isCloseTo(1.0, within(1e-15));
        assertThat(h.keyCount()).isEqualTo(4L);
    }

    @Test
    void hotKey_millionDraws_hitTheHotKeyAtItsShare() {
        KeyDistribution h = KeyDistribution.hotKey(0.3, new ZipfKeys(1000, 1.0));
        SplittableRandom rng = new SplittableRandom(11);
        int draws = 1_000_000;
        long hits = IntStream.range(0, draws).filter(i -> h.next(rng).equals("key-0")).count();
        double p = h.probabilityOf("key-0");
        assertThat((double) hits).isCloseTo(draws * p, within(5 * Math.sqrt(draws * p * (1 - p))));
    }

    @Test
    void shardedKeys_seededStream_drawsGoldenKeys() {
        SplittableRandom rng = new SplittableRandom(7);
        KeyDistribution s = KeyDistribution.sharded(new UniformKeys(10), 4);
        assertThat(IntStream.range(0, 6).mapToObj(i -> s.next(rng)).toList())
                .containsExactly("key-3#2", "key-3#3", "key-7#3", "key-9#3", "key-2#1", "key-1#0");
    }

    @Test
    void shardedKeys_heavyHitters_splitEachKeyAcrossItsSuffixes() {
        ShardedKeys s = new ShardedKeys(new ZipfKeys(3, 1.0), 2);
        HeavyHitters h = s.heavyHitters(3);
        assertThat(h.top()).extracting(KeyShare::key).containsExactly("key-0#0", "key-0#1", "key-1#0");
        assertThat(h.top().get(0).probability()).isCloseTo(3.0 / 11, within(1e-15));
        assertThat(h.top().get(1).probability()).isCloseTo(3.0 / 11, within(1e-15));
        assertThat(h.top().get(2).probability()).isCloseTo(1.5 / 11, within(1e-15));
        assertThat(h.tailMass()).isCloseTo(3.5 / 11, within(1e-15));
        assertThat(h.tailKeys()).isEqualTo(3L);
        assertThat(s.probabilityOf("key-1#1")).isCloseTo(1.5 / 11, within(1e-15));
        assertThat(s.probabilityOf("key-1#2")).isZero();
        assertThat(s.probabilityOf("key-1#01")).isZero();
        assertThat(s.probabilityOf("key-1")).isZero();
    }

    @Test
    void sequentialKeys_draws_areMonotonicAndNeverRepeat() {
        KeyDistribution s = KeyDistribution.sequential();
        assertThat(s.next(null)).isEqualTo("seq-0000000000000000000");
        assertThat(s.next(null)).isEqualTo("seq-0000000000000000001");
        String previous = s.next(null);
        for (int i = 0; i < 1000; i++) {
            String next = s.next(null);
            assertThat(next).isGreaterThan(previous);
            previous = next;
        }
        assertThat(s.heavyHitters(5)).isEqualTo(new HeavyHitters(java.util.List.of(), 1.0, -1));
    }

    @Test
    void sequentialKeys_fresh_restartsTheCounter() {
        SequentialKeys s = new SequentialKeys("evt-", 40);
        s.next(null);
        assertThat(s.fresh().next(null)).isEqualTo("evt-0000000000000000040");
        assertThat(new ShardedKeys(s, 2).fresh()).isNotEqualTo(new ShardedKeys(s, 2));
    }

    @Test
    void heavyHitters_negativeK_isRejected() {
        assertThatThrownBy(() -> new UniformKeys(3).heavyHitters(-1)).isInstanceOf(IllegalArgumentException.class);
    }
}
