package dev.dynasim.engine.partition;

import static dev.dynasim.engine.partition.Tokens.hex;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class HeatSplitPolicyTest {
    private static final Throughput LIMIT = new Throughput(3_000, 1_000);
    private static final Partition P = new Partition(new PartitionId(2), Tokens.range("0", "80000000000000000000000000000000"),
            new Throughput(1_000, 250), 0);
    private static final Token K1 = hex("10000000000000000000000000000000");
    private static final Token K2 = hex("20000000000000000000000000000000");
    private static final Token K3 = hex("30000000000000000000000000000000");
    private static final Token K4 = hex("40000000000000000000000000000000");

    private static ConsumptionHistory writesPerSecond(double wcu, int seconds) {
        ConsumptionHistory h = new ConsumptionHistory(SplitDefaults.HISTORY_TICKS);
        for (int s = 0; s < seconds; s++) h.record(new TickUsage(s * 1000L, s * 1000L + 1000, 0, wcu));
        return h;
    }

    private static SplitDecision decide(ConsumptionHistory usage, List<KeyLoad> loads) {
        long now = usage.size() == 0 ? 0 : usage.tick(0).endMillis();
        return HeatSplitPolicy.defaults().decide(new SplitInput(P, usage, LIMIT, () -> loads, List::of, now));
    }

    private static List<KeyLoad> uniform(Token... tokens) {
        List<KeyLoad> out = new ArrayList<>();
        for (Token t : tokens) out.add(KeyLoad.of(t, 100));
        return out;
    }

    @Test
    void defaults_documentedValues() {
        assertThat(HeatSplitPolicy.defaults()).isEqualTo(new HeatSplitPolicy(0.8, 300_000, 300_000, 0.8));
    }

    @Test
    void decide_coolPartition_belowThreshold() {
        NoSplit no = (NoSplit) decide(writesPerSecond(799, 600), uniform(K1, K2));
        assertThat(no.reason()).isEqualTo(NoSplitReason.BELOW_THRESHOLD);
        assertThat(no.splitWouldNotHelp()).isFalse();
    }

    @Test
    void decide_hotForFourMinutes_notSustainedYet() {
        NoSplit no = (NoSplit) decide(writesPerSecond(800, 240), uniform(K1, K2));
        assertThat(no.reason()).isEqualTo(NoSplitReason.NOT_SUSTAINED);
        assertThat(no.explanation()).isEqualTo("at or above 80% of its limit of 3,000 read / 1,000 write units/s for 4 min,"
                + " not yet the 5 min that triggers a split");
    }

    @Test
    void decide_hotForFiveMinutesSpreadLoad_splitsAtObservedMedian() {
        List<KeyLoad> loads = List.of(KeyLoad.of(K1, 100), KeyLoad.of(K2, 100), KeyLoad.of(K3, 300), KeyLoad.of(K4, 100));
        SplitDecision d = decide(writesPerSecond(950, 300), loads);
        assertThat(d).isEqualTo(new SplitPlan(P.id(), K3, SplitCause.HEAT, 300_000, 600_000,
                "at or above 80% of its limit of 3,000 read / 1,000 write units/s for 5 min;"
                        + " split at the observed median key 30000000: 33% of the load below, 67% from it"));
    }

    @Test
    void decide_splitPoint_followsKeysNotRangeMiddle() {
        List<KeyLoad> loads = List.of(KeyLoad.of(hex("01"), 50), KeyLoad.of(hex("02"), 50), KeyLoad.of(hex("03"), 50),
                KeyLoad.of(hex("04"), 50));
        SplitPlan plan = (SplitPlan) decide(writesPerSecond(1_000, 300), loads);
        assertThat(plan.at()).isEqualTo(hex("03"));
        assertThat(plan.at()).isNotEqualTo(P.range().midpoint());
    }

    @Test
    void decide_oneHotKeySharingItsPartition_isolatesItFromTheKeysAbove() {
        List<KeyLoad> loads = List.of(KeyLoad.of(K1, 900), KeyLoad.of(K2, 50), KeyLoad.of(K3, 50));
        SplitPlan plan = (SplitPlan) decide(writesPerSecond(1_000, 300), loads);
        assertThat(plan.at()).isEqualTo(hex("10000000000000000000000000000001"));
        assertThat(plan.explanation()).endsWith("; 90% of the load is on one key (token 10000000), so the split at 10000000… isolates it:"
                + " the 10% of the load on the keys above it moves to the other child");
    }

    @Test
    void decide_oneHotKeyWithMoreLoadBelow_cutsAtItsToken() {
        List<KeyLoad> loads = List.of(KeyLoad.of(K1, 60), KeyLoad.of(K2, 20), KeyLoad.of(K3, 900), KeyLoad.of(K4, 20));
        SplitPlan plan = (SplitPlan) decide(writesPerSecond(1_000, 300), loads);
        assertThat(plan.at()).isEqualTo(K3);
        assertThat(P.range().split(plan.at()).get(1).contains(K3)).isTrue();
    }

    @Test
    void decide_isolationRepeated_leavesTheHotKeyAloneInOneTokenThenNoSplitHelps() {
        List<KeyLoad> loads = List.of(KeyLoad.of(K1, 50), KeyLoad.of(K2, 900), KeyLoad.of(K3, 50));
        Partition current = P;
        for (int round = 0; round < 2; round++) {
            Partition part = current;
            SplitPlan plan = (SplitPlan) HeatSplitPolicy.defaults().decide(
                    new SplitInput(part, writesPerSecond(1_000, 300), LIMIT, () -> loads, List::of, 300_000));
            current = part.range().split(plan.at()).stream().filter(r -> r.contains(K2))
                    .map(r -> new Partition(new PartitionId(9), r, part.allocated(), 0)).findFirst().orElseThrow();
        }
        assertThat(current.range()).isEqualTo(new TokenRange(K2, K2.next()));
        Partition alone = current;
        NoSplit no = (NoSplit) HeatSplitPolicy.defaults().decide(
                new SplitInput(alone, writesPerSecond(1_000, 300), LIMIT, () -> loads, List::of, 300_000));
        assertThat(no.reason()).isEqualTo(NoSplitReason.RANGE_TOO_NARROW);
        assertThat(no.splitWouldNotHelp()).isTrue();
        assertThat(no.explanation()).endsWith("but its range is a single token 20000000 (one partition key value,"
                + " e.g. a hot item isolated in a partition of its own): no split divides it");
    }

    @Test
    void decide_onlyKey_noSplitHelps() {
        NoSplit no = (NoSplit) decide(writesPerSecond(1_000, 300), List.of(KeyLoad.of(K2, 10)));
        assertThat(no.reason()).isEqualTo(NoSplitReason.SINGLE_KEY);
    }

    @Test
    void decide_keysWrittenInAscendingSequence_noSplitHelps() {
        List<KeyLoad> loads = List.of(new KeyLoad(K1, 100, 0, 74_000), new KeyLoad(K2, 100, 75_000, 149_000),
                new KeyLoad(K3, 100, 150_000, 224_000), new KeyLoad(K4, 100, 225_000, 299_000));
        NoSplit no = (NoSplit) decide(writesPerSecond(1_000, 300), loads);
        assertThat(no.reason()).isEqualTo(NoSplitReason.SEQUENTIAL_KEYS);
        assertThat(no.splitWouldNotHelp()).isTrue();
    }

    @Test
    void decide_keysWrittenInDescendingSequence_noSplitHelps() {
        List<KeyLoad> loads = List.of(new KeyLoad(K1, 100, 225_000, 299_000), new KeyLoad(K2, 100, 150_000, 224_000),
                new KeyLoad(K3, 100, 75_000, 149_000), new KeyLoad(K4, 100, 0, 74_000));
        assertThat(((NoSplit) decide(writesPerSecond(1_000, 300), loads)).reason()).isEqualTo(NoSplitReason.SEQUENTIAL_KEYS);
    }

    @Test
    void decide_keysVisitedInTurnsThroughout_splits() {
        List<KeyLoad> loads = List.of(new KeyLoad(K1, 100, 0, 296_000), new KeyLoad(K2, 100, 1_000, 297_000),
                new KeyLoad(K3, 100, 2_000, 298_000), new KeyLoad(K4, 100, 3_000, 299_000));
        SplitPlan plan = (SplitPlan) decide(writesPerSecond(1_000, 300), loads);
        assertThat(plan.at()).isEqualTo(K3);
    }

    @Test
    void decide_bestCutStillLopsided_isolatesTheDominantKey() {
        List<KeyLoad> loads = List.of(KeyLoad.of(K1, 10), KeyLoad.of(K2, 75), KeyLoad.of(K3, 15));
        SplitPlan plan = (SplitPlan) decide(writesPerSecond(1_000, 300), loads);
        assertThat(plan.at()).isEqualTo(K2.next());
    }

    @Test
    void decide_noKeysObserved_splitsAtRangeMidpoint() {
        List<KeyLoad> outside = List.of(KeyLoad.of(hex("90000000000000000000000000000000"), 500));
        SplitPlan plan = (SplitPlan) decide(writesPerSecond(1_000, 300), outside);
        assertThat(plan.at()).isEqualTo(K4);
    }

    @Test
    void decide_sameInputTwice_sameDecision() {
        List<KeyLoad> loads = uniform(K1, K2, K3, K4);
        assertThat(decide(writesPerSecond(900, 400), loads)).isEqualTo(decide(writesPerSecond(900, 400), loads));
    }

    @Test
    void decide_hotReadsOnly_countAgainstReadLimit() {
        ConsumptionHistory h = new ConsumptionHistory(400);
        for (int s = 0; s < 300; s++) h.record(new TickUsage(s * 1000L, s * 1000L + 1000, 2_400, 0));
        assertThat(decide(h, uniform(K1, K2)).splits()).isTrue();
    }
}
