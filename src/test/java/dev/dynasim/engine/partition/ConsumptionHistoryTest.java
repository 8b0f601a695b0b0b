package dev.dynasim.engine.partition;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class ConsumptionHistoryTest {
    private static final Throughput LIMIT = new Throughput(3_000, 1_000);

    private static TickUsage second(long s, double read, double write) {
        return new TickUsage(s * 1000, s * 1000 + 1000, read, write);
    }

    @Test
    void record_beyondCapacity_dropsOldest() {
        ConsumptionHistory h = new ConsumptionHistory(3);
        for (int s = 0; s < 5; s++) h.record(second(s, s, 0));
        assertThat(h.size()).isEqualTo(3);
        assertThat(h.tick(0).readUnits()).isEqualTo(4);
        assertThat(h.tick(2).readUnits()).isEqualTo(2);
        assertThat(h.ticks()).extracting(TickUsage::readUnits).containsExactly(2.0, 3.0, 4.0);
        assertThatThrownBy(() -> h.tick(3)).isInstanceOf(IndexOutOfBoundsException.class);
    }

    @Test
    void record_overlappingTick_isRejected() {
        ConsumptionHistory h = new ConsumptionHistory(3);
        h.record(second(5, 1, 1));
        assertThatThrownBy(() -> h.record(second(4, 1, 1))).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void utilization_readsOrWrites_largerShareOfSeparateLimits() {
        assertThat(second(0, 2_400, 100).utilization(LIMIT)).isEqualTo(0.8);
        assertThat(second(0, 300, 900).utilization(LIMIT)).isEqualTo(0.9);
        assertThat(new TickUsage(0, 500, 1_200, 0).utilization(LIMIT)).isEqualTo(0.8);
        assertThat(second(0, 1, 0).utilization(new Throughput(0, 10))).isEqualTo(Double.POSITIVE_INFINITY);
        assertThat(second(0, 0, 0).utilization(new Throughput(0, 0))).isZero();
    }

    @Test
    void sustainedMillis_trailingHotRun_summedLength() {
        ConsumptionHistory h = new ConsumptionHistory(10);
        h.record(second(0, 0, 900));
        h.record(second(1, 0, 100));
        for (int s = 2; s < 6; s++) h.record(second(s, 0, 850));
        assertThat(h.sustainedMillis(LIMIT, 0.8)).isEqualTo(4_000);
        assertThat(h.sustainedMillis(LIMIT, 0.9)).isZero();
    }

    @Test
    void sustainedMillis_gapBetweenTicks_endsTheRun() {
        ConsumptionHistory h = new ConsumptionHistory(10);
        h.record(second(0, 0, 900));
        h.record(second(1, 0, 900));
        h.record(second(3, 0, 900));
        assertThat(h.sustainedMillis(LIMIT, 0.8)).isEqualTo(1_000);
    }
}
