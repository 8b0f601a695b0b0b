package dev.dynasim.engine.sim;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.SplittableRandom;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;

class RandomStreamsTest {

    @Test
    void seedOf_seed42Orders_isSha256Prefix() {
        // first 8 bytes of SHA-256(0x000000000000002a || "orders"), checked independently in Python
        assertThat(new RandomStreams(42).seedOf("orders")).isEqualTo(6742087197407540366L);
    }

    @Test
    void stream_seed42Orders_isSplitMix64FromThatSeed() {
        SplittableRandom r = new RandomStreams(42).stream("orders");
        assertThat(new long[] {r.nextLong(), r.nextLong(), r.nextLong()})
                .containsExactly(2673411071820281718L, -4880336094501330015L, 8786533625367116399L);
    }

    @Test
    void stream_sameSeedAndName_givesSameSequence() {
        assertThat(first(new RandomStreams(7).stream("w"), 100)).containsExactly(first(new RandomStreams(7).stream("w"), 100));
    }

    @Test
    void stream_differentNames_giveDifferentSequences() {
        RandomStreams s = new RandomStreams(7);
        assertThat(first(s.stream("a"), 20)).doesNotContain(first(s.stream("b"), 20));
    }

    @Test
    void stream_differentSeeds_giveDifferentSequences() {
        assertThat(first(new RandomStreams(1).stream("a"), 20)).doesNotContain(first(new RandomStreams(2).stream("a"), 20));
    }

    @Test
    void stream_otherStreamsCreatedAndDrawn_leaveItUnchanged() {
        RandomStreams alone = new RandomStreams(99);
        long[] expected = first(alone.stream("orders"), 50);
        RandomStreams crowded = new RandomStreams(99);
        SplittableRandom other = crowded.stream("inventory");
        first(other, 1_000);
        crowded.stream("zzz");
        assertThat(first(crowded.stream("orders"), 50)).containsExactly(expected);
    }

    @Test
    void child_sameName_isRootedAtThatStreamsSeed() {
        RandomStreams s = new RandomStreams(3);
        assertThat(s.child("tables").seed()).isEqualTo(s.seedOf("tables"));
        assertThat(s.child("tables").seedOf("t1")).isNotEqualTo(s.seedOf("t1"));
    }

    private static long[] first(SplittableRandom r, int n) {
        return LongStream.generate(r::nextLong).limit(n).toArray();
    }
}
