package dev.dynasim.engine.capacity;

import org.junit.jupiter.api.Test;

import static dev.dynasim.engine.capacity.Ticks.at;
import static dev.dynasim.engine.capacity.Ticks.serve;
import static org.assertj.core.api.Assertions.assertThat;

/** Burst capacity on a one-partition provisioned table, at 1 s ticks (F3.16-F3.17, examples 25-27). */
class BurstCapacityTest {
    private static ProvisionedPartitionCapacity reads(double rcu) {
        return ProvisionedPartitionCapacity.of(ResourceType.Table, OperationType.Read, rcu, 0);
    }

    private static ProvisionedPartitionCapacity writes(double wcu) {
        return ProvisionedPartitionCapacity.of(ResourceType.Table, OperationType.Write, wcu, 0);
    }

    @Test
    void burstBank_150RcuIdleFor300s_holds45000() {
        ProvisionedPartitionCapacity partition = reads(150);

        assertThat(partition.burstBalance(at(0))).isEqualTo(0.0);
        assertThat(partition.burstBalance(at(300))).isEqualTo(45_000.0);
        assertThat(partition.burstBalance(at(10_000))).isEqualTo(45_000.0);
    }

    @Test
    void example25_150RcuIdleThen200Rcu_fullyServedForExactly900Seconds() {
        ProvisionedPartitionCapacity partition = reads(150);
        long fullSeconds = 0;
        long firstShortSecond = -1;
        long servedInFirstShortSecond = -1;

        for (long second = 300; second < 1_500; second++) {
            long served = serve(partition, 200, 1, at(second));
            if (served == 200 && firstShortSecond < 0) {
                fullSeconds++;
            } else if (firstShortSecond < 0) {
                firstShortSecond = second;
                servedInFirstShortSecond = served;
            } else {
                assertThat(served).isEqualTo(150);
            }
        }

        assertThat(fullSeconds).isEqualTo(900);
        assertThat(firstShortSecond).isEqualTo(1_200);
        assertThat(servedInFirstShortSecond).isEqualTo(150);
        assertThat(partition.burstBalance(at(1_500))).isEqualTo(0.0);
    }

    @Test
    void example25_throttledRead_isTableReadProvisionedThroughputExceeded() {
        ProvisionedPartitionCapacity partition = reads(150);
        serve(partition, 150, 1, at(0));

        assertThat(partition.tryConsume(1, at(0)).reasons())
                .containsExactly(ThrottlingReason.TableReadProvisionedThroughputExceeded);
    }

    @Test
    void example26_100WcuIdleThen400Wcu_burstLasts100sThenBackTo100() {
        ProvisionedPartitionCapacity partition = writes(100);
        long burstSeconds = 0;
        long throttledAfter = 0;

        for (long second = 300; second < 700; second++) {
            long served = serve(partition, 400, 1, at(second));
            if (served == 400) {
                assertThat(throttledAfter).isZero();
                burstSeconds++;
            } else {
                assertThat(served).isEqualTo(100);
                throttledAfter += 400 - served;
            }
        }

        assertThat(burstSeconds).isEqualTo(100);
        assertThat(throttledAfter).isEqualTo(300L * 300);
    }

    @Test
    void example27_60WcuWith3600WritesInOneSecond_throttledForTheRestOfTheMinute() {
        ProvisionedPartitionCapacity partition = writes(60);
        long backlog = 3_600;
        long throttleEvents = 0;
        long lastSecondServed = -1;

        for (long second = 0; second < 120 && backlog > 0; second++) {
            long served = serve(partition, backlog, 1, at(second));
            assertThat(served).isEqualTo(60);
            backlog -= served;
            throttleEvents += backlog;
            lastSecondServed = second;
        }

        assertThat(backlog).isZero();
        assertThat(lastSecondServed).isEqualTo(59);
        assertThat(throttleEvents).isEqualTo(106_200);
    }

    @Test
    void example27_withAFullBurstBank_theOneSecondSpikeStillStopsAtThePartitionCeiling() {
        ProvisionedPartitionCapacity partition = writes(60);

        long served = serve(partition, 3_600, 1, at(300));

        assertThat(served).isEqualTo(1_000);
        assertThat(partition.tryConsume(1, at(300)).reasons())
                .containsExactly(ThrottlingReason.TableWriteKeyRangeThroughputExceeded);
        assertThat(serve(partition, 2_600, 1, at(301))).isEqualTo(1_000);
        assertThat(serve(partition, 1_600, 1, at(302))).isEqualTo(1_000);
        assertThat(serve(partition, 600, 1, at(303))).isEqualTo(600);
    }

    @Test
    void burst_cannotExceedThePartitionCeiling_evenWithABigBank() {
        ProvisionedPartitionCapacity partition = reads(2_500);

        assertThat(serve(partition, 5_000, 1, at(300))).isEqualTo(3_000);
        assertThat(partition.burstBalance(at(300))).isEqualTo(2_500.0 * 300 - 500);
    }

    @Test
    void setAllocatedRate_lowered_shrinksTheBankToTheNewRate() {
        ProvisionedPartitionCapacity partition = writes(100);

        partition.setAllocatedRate(50, at(300));

        assertThat(partition.burstBalance(at(300))).isEqualTo(15_000.0);
        assertThat(partition.allocatedRate()).isEqualTo(50.0);
    }
}
