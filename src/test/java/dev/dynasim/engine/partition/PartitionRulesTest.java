package dev.dynasim.engine.partition;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dynasim.engine.model.Limits;
import org.junit.jupiter.api.Test;

class PartitionRulesTest {
    private static final long GB = 1024L * 1024 * 1024;

    // worked example 29 (2017 formula, F3.10)
    @Test
    void initialPartitions_example29_oneTwoFour() {
        assertThat(PartitionRules.initialPartitions(1_000, 500)).isEqualTo(1);
        assertThat(PartitionRules.initialPartitions(1_000, 1_000)).isEqualTo(2);
        assertThat(PartitionRules.initialPartitions(5_000, 2_000)).isEqualTo(4);
    }

    @Test
    void initialPartitions_exactlyFull_noExtraPartition() {
        assertThat(PartitionRules.initialPartitions(3_000, 0)).isEqualTo(1);
        assertThat(PartitionRules.initialPartitions(0, 1_000)).isEqualTo(1);
        assertThat(PartitionRules.initialPartitions(1_500, 500)).isEqualTo(1);
        assertThat(PartitionRules.initialPartitions(900, 700)).isEqualTo(1);
        assertThat(PartitionRules.initialPartitions(901, 700)).isEqualTo(2);
        assertThat(PartitionRules.initialPartitions(0, 0)).isEqualTo(1);
    }

    @Test
    void partitionsSupporting_fractionalThroughput_exactCeiling() {
        assertThat(PartitionRules.partitionsSupporting(new Throughput(3_000.0001, 0))).isEqualTo(2);
        assertThat(PartitionRules.partitionsSupporting(new Throughput(1_500, 500))).isEqualTo(1);
    }

    // F3.22 warm throughput 12,000 RRU / 4,000 WRU through the same formula: 4 + 4
    @Test
    void onDemandInitialPartitions_warmThroughput_eight() {
        assertThat(PartitionRules.onDemandInitialPartitions()).isEqualTo(8);
    }

    @Test
    void partitionMaximum_f37_threeThousandAndOneThousand() {
        assertThat(PartitionRules.partitionMaximum()).isEqualTo(new Throughput(3_000, 1_000));
    }

    // worked example 30: 8,000 RCU + 2,000 WCU needs 4.667 > 4
    @Test
    void partitionsAfterRaise_example30_doublesToEight() {
        assertThat(PartitionRules.partitionsAfterRaise(4, new Throughput(8_000, 2_000))).isEqualTo(8);
    }

    // worked example 32 (the paper's numbers)
    @Test
    void partitionsAfterRaise_example32_keepsThenDoubles() {
        assertThat(PartitionRules.initialPartitions(0, 3_200)).isEqualTo(4);
        assertThat(PartitionRules.partitionsAfterRaise(4, new Throughput(0, 3_600))).isEqualTo(4);
        assertThat(PartitionRules.partitionsAfterRaise(4, new Throughput(0, 6_000))).isEqualTo(8);
        assertThat(PartitionRules.partitionsAfterRaise(8, new Throughput(0, 5_000))).isEqualTo(8);
    }

    @Test
    void partitionsAfterRaise_farBeyond_doublesRepeatedly() {
        assertThat(PartitionRules.partitionsAfterRaise(1, new Throughput(0, 5_000))).isEqualTo(8);
        assertThat(PartitionRules.partitionsAfterRaise(9, new Throughput(30_000, 0))).isEqualTo(18);
        assertThat(PartitionRules.partitionsAfterRaise(8, new Throughput(1, 1))).isEqualTo(8);
    }

    // worked example 34 is FOLKLORE (F3.11, D9): a rough table-wide size estimate, not how DynamoDB splits
    @Test
    void folkloreSizeEstimate_example34_twentyFiveGbNeedsThree() {
        assertThat(PartitionRules.folkloreSizeEstimate(25 * GB, Limits.PARTITION_SPLIT_BYTES)).isEqualTo(3);
        assertThat(PartitionRules.folkloreSizeEstimate(20 * GB, Limits.PARTITION_SPLIT_BYTES)).isEqualTo(2);
        assertThat(PartitionRules.folkloreSizeEstimate(0, Limits.PARTITION_SPLIT_BYTES)).isEqualTo(1);
    }
}
