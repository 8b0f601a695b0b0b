package dev.dynasim.engine.capacity;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static dev.dynasim.engine.capacity.Ticks.at;
import static dev.dynasim.engine.capacity.Ticks.serve;
import static org.assertj.core.api.Assertions.assertThat;

/** Adaptive capacity (F3.19, example 28). */
class AdaptiveCapacityTest {
    private static final double[] EXAMPLE_28_DEMAND = {50, 50, 50, 150};

    private static List<ProvisionedPartitionCapacity> fourPartitionsOf100Wcu() {
        List<ProvisionedPartitionCapacity> partitions = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            partitions.add(ProvisionedPartitionCapacity.of(ResourceType.Table, OperationType.Write, 100, 0));
        }
        return partitions;
    }

    /** Runs example 28's traffic for an hour after 300 s idle; returns units throttled. */
    private static long runExample28(List<ProvisionedPartitionCapacity> partitions, boolean adaptive) {
        long throttled = 0;
        for (long second = 300; second < 3_900; second++) {
            for (int i = 0; i < partitions.size(); i++) {
                long demand = (long) EXAMPLE_28_DEMAND[i];
                throttled += demand - serve(partitions.get(i), demand, 1, at(second));
            }
            if (adaptive) {
                AdaptiveCapacity.apply(400, partitions, EXAMPLE_28_DEMAND, at(second));
            }
        }
        return throttled;
    }

    @Test
    void effectiveRates_example28_boostsTheHotPartitionTo150() {
        double[] rates = AdaptiveCapacity.effectiveRates(400, new double[] {100, 100, 100, 100},
                EXAMPLE_28_DEMAND, 1_000);

        assertThat(rates).containsExactly(100, 100, 100, 150);
    }

    @Test
    void example28_adaptiveOn_allTrafficServedForAnHour() {
        List<ProvisionedPartitionCapacity> partitions = fourPartitionsOf100Wcu();

        assertThat(runExample28(partitions, true)).isZero();
        assertThat(partitions.get(3).effectiveRate()).isEqualTo(150.0);
        assertThat(partitions.get(3).burstBalance(at(3_900))).isEqualTo(29_950.0);
    }

    @Test
    void example28_adaptiveOff_hotPartitionThrottlesOnceItsBankIsSpent() {
        List<ProvisionedPartitionCapacity> partitions = fourPartitionsOf100Wcu();

        assertThat(runExample28(partitions, false)).isEqualTo(50L * (3_600 - 600));
    }

    @Test
    void effectiveRates_excessAboveSpare_sharesSpareInProportionToExcess() {
        double[] rates = AdaptiveCapacity.effectiveRates(400, new double[] {100, 100, 100, 100},
                new double[] {0, 100, 300, 200}, 1_000);

        assertThat(rates).containsExactly(100, 100, 166.66666666666669, 133.33333333333334);
    }

    @Test
    void effectiveRates_noSpare_keepsEveryAllocation() {
        double[] rates = AdaptiveCapacity.effectiveRates(200, new double[] {100, 100}, new double[] {100, 400}, 1_000);

        assertThat(rates).containsExactly(100, 100);
    }

    @Test
    void effectiveRates_hugeSpare_stopsAtThePartitionCeiling() {
        double[] rates = AdaptiveCapacity.effectiveRates(40_000, new double[] {10_000, 10_000, 10_000, 10_000},
                new double[] {0, 0, 0, 50_000}, 3_000);

        assertThat(rates[3]).isEqualTo(10_000.0);
        double[] small = AdaptiveCapacity.effectiveRates(4_000, new double[] {1_000, 1_000, 1_000, 1_000},
                new double[] {0, 0, 0, 5_000}, 3_000);
        assertThat(small).containsExactly(1_000, 1_000, 1_000, 3_000);
    }

    @Test
    void setEffectiveRate_aboveTheCeiling_isClampedToIt() {
        ProvisionedPartitionCapacity partition =
                ProvisionedPartitionCapacity.of(ResourceType.Index, OperationType.Write, 500, 0);

        partition.setEffectiveRate(5_000, 0);

        assertThat(partition.effectiveRate()).isEqualTo(1_000.0);
    }

    @Test
    void setEffectiveRate_belowTheAllocation_keepsTheAllocation() {
        ProvisionedPartitionCapacity partition =
                ProvisionedPartitionCapacity.of(ResourceType.Table, OperationType.Read, 500, 0);

        partition.setEffectiveRate(100, 0);

        assertThat(partition.effectiveRate()).isEqualTo(500.0);
    }
}
