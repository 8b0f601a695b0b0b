package dev.dynasim.engine.partition;

import static dev.dynasim.engine.partition.Tokens.hex;
import static dev.dynasim.engine.partition.Tokens.t;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class SizeSplitPolicyTest {
    private static final long GB = 1024L * 1024 * 1024;
    private static final long NOW = 7_200_000;
    private static final SizeSplitPolicy SMALL = new SizeSplitPolicy(100, 60_000);

    private static SplitInput input(Partition p, List<KeySize> sizes) {
        return new SplitInput(p, new ConsumptionHistory(1), new Throughput(3_000, 1_000), List::of, () -> sizes, NOW);
    }

    private static Partition whole(long bytes) {
        return new Partition(new PartitionId(0), TokenRange.FULL, new Throughput(1_250, 500), bytes);
    }

    @Test
    void defaults_tenGbAndFiveMinutes() {
        assertThat(SizeSplitPolicy.defaults()).isEqualTo(new SizeSplitPolicy(10 * GB, 300_000));
    }

    @Test
    void decide_belowThreshold_noSplitThatIsNotNews() {
        SplitDecision d = SizeSplitPolicy.defaults().decide(input(whole(10 * GB - 1), List.of()));
        assertThat(d).isInstanceOf(NoSplit.class);
        NoSplit no = (NoSplit) d;
        assertThat(no.reason()).isEqualTo(NoSplitReason.BELOW_THRESHOLD);
        assertThat(no.splitWouldNotHelp()).isFalse();
        assertThat(no.explanation()).isEqualTo("stores 10.00 GB, below the split size of 10.00 GB");
    }

    @Test
    void decide_evenKeys_splitsAtMedianKey() {
        List<KeySize> keys = List.of(new KeySize(t(10), 30), new KeySize(t(20), 30), new KeySize(t(30), 30),
                new KeySize(t(40), 30));
        SplitDecision d = SMALL.decide(input(whole(120), keys));
        assertThat(d).isEqualTo(new SplitPlan(new PartitionId(0), t(30), SplitCause.SIZE, NOW, NOW + 60_000,
                "stores 120 B, at or above the split size of 100 B; halved at the median key 00000000…: 60 B below, 60 B from it"));
    }

    @Test
    void decide_unevenKeys_splitsWhereTheBytesHalve() {
        List<KeySize> keys = List.of(new KeySize(t(1), 10), new KeySize(t(2), 50), new KeySize(t(3), 10),
                new KeySize(t(4), 10), new KeySize(t(5), 10));
        SplitPlan plan = (SplitPlan) SMALL.decide(input(whole(100), keys));
        assertThat(plan.at()).isEqualTo(t(3));
    }

    @Test
    void decide_sameTokenTwice_sizesSummedAndOutsideKeysIgnored() {
        Partition upper = new Partition(new PartitionId(3), Tokens.toTop("80000000000000000000000000000000"),
                Throughput.ZERO, 200);
        List<KeySize> keys = List.of(new KeySize(t(5), 1_000), new KeySize(hex("90000000000000000000000000000000"), 20),
                new KeySize(hex("90000000000000000000000000000000"), 70), new KeySize(hex("a0000000000000000000000000000000"), 90));
        SplitPlan plan = (SplitPlan) SMALL.decide(input(upper, keys));
        assertThat(plan.at()).isEqualTo(hex("a0000000000000000000000000000000"));
    }

    @Test
    void decide_noKeySizes_splitsAtRangeMidpoint() {
        SplitPlan plan = (SplitPlan) SizeSplitPolicy.defaults().decide(input(whole(10 * GB), List.of()));
        assertThat(plan.at()).isEqualTo(hex("80000000000000000000000000000000"));
        assertThat(plan.cause()).isEqualTo(SplitCause.SIZE);
        assertThat(plan.completesAtMillis()).isEqualTo(NOW + 300_000);
    }

    @Test
    void decide_oneItemCollection_noSplitHelps() {
        NoSplit no = (NoSplit) SMALL.decide(input(whole(500), List.of(new KeySize(t(9), 500))));
        assertThat(no.reason()).isEqualTo(NoSplitReason.SINGLE_KEY);
        assertThat(no.splitWouldNotHelp()).isTrue();
    }

    @Test
    void decide_singleTokenRange_tooNarrow() {
        Partition tiny = new Partition(new PartitionId(1), TokenRange.fromStartToTop(Token.MAX), Throughput.ZERO, 500);
        assertThat(((NoSplit) SMALL.decide(input(tiny, List.of()))).reason()).isEqualTo(NoSplitReason.RANGE_TOO_NARROW);
    }

    // worked example 30 end to end: 8 partitions, one fills past 10 GB, splits at its median key into 9
    @Test
    void decide_fullPartitionOfEight_appliedGivesNine() {
        PartitionMap map = PartitionMap.provisioned(5_000, 2_000);
        map.provision(new Throughput(8_000, 2_000));
        Partition p = map.partitionAt(2);
        Token a = p.range().start();
        Token b = Token.of(a.toBigInteger().add(java.math.BigInteger.valueOf(1_000)));
        Token c = Token.of(a.toBigInteger().add(java.math.BigInteger.valueOf(2_000)));
        map.addStoredBytes(a, 11 * GB);
        List<KeySize> keys = List.of(new KeySize(a, 5 * GB), new KeySize(b, 4 * GB), new KeySize(c, 2 * GB));
        SplitPlan plan = (SplitPlan) SizeSplitPolicy.defaults().decide(input(map.partition(p.id()), keys));
        assertThat(plan.at()).isEqualTo(b);
        List<Partition> children = map.split(plan.partition(), plan.at(), 5 * GB);
        assertThat(map.size()).isEqualTo(9);
        assertThat(children).extracting(Partition::storedBytes).containsExactly(5 * GB, 6 * GB);
        assertThat(children).extracting(Partition::allocated).containsOnly(new Throughput(500, 125));
    }
}
