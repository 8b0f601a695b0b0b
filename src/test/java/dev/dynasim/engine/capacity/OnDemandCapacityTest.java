package dev.dynasim.engine.capacity;

import org.junit.jupiter.api.Test;

import static dev.dynasim.engine.capacity.Ticks.at;
import static dev.dynasim.engine.capacity.Ticks.serve;
import static org.assertj.core.api.Assertions.assertThat;

/** On-demand scaling and warm throughput (F3.22-F3.27, examples 35-37). */
class OnDemandCapacityTest {
    /** Units of one large strongly consistent read (400 KB / 4 KB), so that big rates need few calls. */
    private static final double BIG_READ = 100;

    private static OnDemandSpec reads() {
        return OnDemandSpec.defaults(OperationType.Read);
    }

    private static OnDemandSpec writes() {
        return OnDemandSpec.defaults(OperationType.Write);
    }

    @Test
    void defaults_areTheDocumentedFigures() {
        assertThat(reads()).isEqualTo(new OnDemandSpec(12_000, 2, 1_800_000, OnDemandSpec.NO_MAXIMUM, 40_000));
        assertThat(writes().initialWarm()).isEqualTo(4_000.0);
    }

    @Test
    void example35_previousPeak50000_serves100000AtOnce() {
        OnDemandCapacity table = new OnDemandCapacity(ResourceType.Table, OperationType.Read,
                reads().withTableQuota(1_000_000), 12_000, 50_000, 0);

        assertThat(table.warmThroughput(0)).isEqualTo(100_000.0);
        assertThat(serve(table, 1_000, BIG_READ, at(0))).isEqualTo(1_000);
        assertThat(table.tryConsume(BIG_READ, at(0)).reasons())
                .containsExactly(ThrottlingReason.TableReadKeyRangeThroughputExceeded);
    }

    @Test
    void example35_sustaining100000_makesTheNextCeiling200000AfterTheGrowthWindow() {
        OnDemandCapacity table = new OnDemandCapacity(ResourceType.Table, OperationType.Read,
                reads().withTableQuota(1_000_000), 12_000, 50_000, 0);
        long secondsAt100k = 0;
        long secondsAt200k = 0;

        for (long second = 0; second < 2_400; second++) {
            long served = serve(table, 2_000, BIG_READ, at(second));
            if (second < 1_800) {
                assertThat(served).isEqualTo(1_000);
                secondsAt100k++;
            } else {
                assertThat(served).isEqualTo(2_000);
                secondsAt200k++;
            }
        }

        assertThat(secondsAt100k).isEqualTo(1_800);
        assertThat(secondsAt200k).isEqualTo(600);
        assertThat(table.previousPeak(at(2_400))).isEqualTo(100_000.0);
        assertThat(table.warmThroughput(at(2_400))).isEqualTo(200_000.0);
    }

    @Test
    void example36_provisioned100Switched_sustains4000WruAnd12000Rru() {
        OnDemandCapacity tableWrites = OnDemandCapacity.switchedFromProvisioned(ResourceType.Table,
                OperationType.Write, writes(), 100, 0);
        OnDemandCapacity tableReads = OnDemandCapacity.switchedFromProvisioned(ResourceType.Table,
                OperationType.Read, reads(), 100, 0);
        long throttled = 0;

        for (long second = 0; second < 600; second++) {
            throttled += 4_000 - serve(tableWrites, 4_000, 1, at(second));
            throttled += 120 - serve(tableReads, 120, BIG_READ, at(second));
        }

        assertThat(throttled).isZero();
        assertThat(tableWrites.warmThroughput(at(600))).isEqualTo(4_000.0);
        assertThat(tableReads.warmThroughput(at(600))).isEqualTo(12_000.0);
    }

    @Test
    void switchedFromProvisioned_keepsTheLargerOfHighestProvisionedAndInitial() {
        assertThat(OnDemandCapacity.switchedFromProvisioned(ResourceType.Table, OperationType.Write, writes(),
                8_000, 0).warmThroughput(0)).isEqualTo(8_000.0);
        assertThat(OnDemandCapacity.switchedFromProvisioned(ResourceType.Table, OperationType.Read, reads(),
                24_000, 0).warmThroughput(0)).isEqualTo(24_000.0);
        assertThat(OnDemandCapacity.switchedFromProvisioned(ResourceType.Table, OperationType.Write, writes(),
                10_000, 0).warmThroughput(0)).isEqualTo(10_000.0);
    }

    @Test
    void example37_newTableAt10000Wru_throttlesUntilItHasScaled() {
        OnDemandCapacity table = OnDemandCapacity.newTable(ResourceType.Table, OperationType.Write, writes(), 0);
        long throttledUnits = 0;
        long lastThrottledSecond = -1;

        for (long second = 0; second < 4_000; second++) {
            long served = serve(table, 10_000, 1, at(second));
            long expected = second < 1_800 ? 4_000 : second < 3_600 ? 8_000 : 10_000;
            assertThat(served).isEqualTo(expected);
            if (served < 10_000) {
                throttledUnits += 10_000 - served;
                lastThrottledSecond = second;
            }
        }

        assertThat(throttledUnits).isEqualTo(14_400_000);
        assertThat(lastThrottledSecond).isEqualTo(3_599);
        assertThat(table.warmThroughput(at(4_000))).isEqualTo(16_000.0);
    }

    @Test
    void example37_newTablePrewarmedTo10000Wru_neverThrottles() {
        OnDemandCapacity table = OnDemandCapacity.newTable(ResourceType.Table, OperationType.Write, writes(), 0);
        table.prewarm(10_000, 0);
        long throttled = 0;

        for (long second = 0; second < 3_600; second++) {
            throttled += 10_000 - serve(table, 10_000, 1, at(second));
        }

        assertThat(throttled).isZero();
    }

    @Test
    void prewarm_lower_neverDecreasesWarmThroughput() {
        OnDemandCapacity table = OnDemandCapacity.newTable(ResourceType.Index, OperationType.Write, writes(), 0);

        table.prewarm(1_000, 0);

        assertThat(table.warmThroughput(0)).isEqualTo(4_000.0);
    }

    @Test
    void warmThroughput_afterLongIdle_doesNotDecrease() {
        OnDemandCapacity table = OnDemandCapacity.newTable(ResourceType.Table, OperationType.Write, writes(), 0);
        serve(table, 4_000, 1, at(0));

        assertThat(table.warmThroughput(at(1_800))).isEqualTo(8_000.0);
        assertThat(table.warmThroughput(at(86_400 * 30))).isEqualTo(8_000.0);
    }

    @Test
    void maximumThroughput_set_throttlesAboveItWithMaxOnDemandReason() {
        OnDemandCapacity table = OnDemandCapacity.newTable(ResourceType.Table, OperationType.Write,
                writes().withMaximum(5_000), 0);
        table.prewarm(20_000, 0);

        assertThat(serve(table, 10_000, 1, at(0))).isEqualTo(5_000);
        assertThat(table.tryConsume(1, at(0)).reasons())
                .containsExactly(ThrottlingReason.TableWriteMaxOnDemandThroughputExceeded);
    }

    @Test
    void tableQuota_exceeded_throttlesWithAccountLimitReason() {
        OnDemandCapacity index = OnDemandCapacity.newTable(ResourceType.Index, OperationType.Read, reads(), 0);
        index.prewarm(100_000, 0);

        assertThat(serve(index, 500, BIG_READ, at(0))).isEqualTo(400);
        assertThat(index.tryConsume(BIG_READ, at(0)).reasons())
                .containsExactly(ThrottlingReason.IndexReadAccountLimitExceeded);
    }

    @Test
    void growthWindow_parameter_setsHowFastTheCeilingDoubles() {
        OnDemandCapacity table = OnDemandCapacity.newTable(ResourceType.Table, OperationType.Write,
                writes().withGrowthWindowMillis(60_000), 0);

        for (long second = 0; second < 180; second++) {
            serve(table, 20_000, 1, at(second));
        }

        assertThat(table.warmThroughput(at(180))).isEqualTo(32_000.0);
    }

    @Test
    void consumedThisSecond_resetsAtTheNextSecond() {
        OnDemandCapacity table = OnDemandCapacity.newTable(ResourceType.Table, OperationType.Write, writes(), 0);
        serve(table, 10, 1, 999);

        assertThat(table.consumedThisSecond(999)).isEqualTo(10.0);
        assertThat(table.consumedThisSecond(1_000)).isEqualTo(0.0);
    }
}
