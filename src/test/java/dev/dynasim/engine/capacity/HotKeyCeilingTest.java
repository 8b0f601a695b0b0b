package dev.dynasim.engine.capacity;

import org.junit.jupiter.api.Test;

import static dev.dynasim.engine.capacity.Ticks.at;
import static dev.dynasim.engine.capacity.Ticks.serve;
import static org.assertj.core.api.Assertions.assertThat;

/** One partition key caps at the partition ceiling whatever the table's size or mode (F3.7, F3.28, example 33). */
class HotKeyCeilingTest {
    private static final double WRITE_1KB = CapacityUnits.writeUnits(1_024, false);
    private static final double EC_READ_4KB = CapacityUnits.readUnits(4_096, ReadConsistency.EVENTUAL);
    private static final double SC_READ_4KB = CapacityUnits.readUnits(4_096, ReadConsistency.STRONG);

    @Test
    void example33_provisionedHotKeyWithHugeAllocationAndBank_capsAt1000WritesPerSecond() {
        ProvisionedPartitionCapacity partition =
                ProvisionedPartitionCapacity.of(ResourceType.Table, OperationType.Write, 40_000, 0);

        for (long second = 300; second < 360; second++) {
            assertThat(serve(partition, 5_000, WRITE_1KB, at(second))).isEqualTo(1_000);
        }
        assertThat(partition.tryConsume(WRITE_1KB, at(359)).reasons())
                .containsExactly(ThrottlingReason.TableWriteKeyRangeThroughputExceeded);
    }

    @Test
    void example33_provisionedHotKey_capsAt6000EventualReadsPerSecond() {
        ProvisionedPartitionCapacity partition =
                ProvisionedPartitionCapacity.of(ResourceType.Table, OperationType.Read, 40_000, 0);

        for (long second = 300; second < 360; second++) {
            assertThat(serve(partition, 10_000, EC_READ_4KB, at(second))).isEqualTo(6_000);
        }
    }

    @Test
    void example33_onDemandHotKey_capsAt1000WritesAnd3000StrongReadsPerSecond() {
        PartitionLimit writes = PartitionLimit.standard(ResourceType.Table, OperationType.Write, 0);
        PartitionLimit reads = PartitionLimit.standard(ResourceType.Table, OperationType.Read, 0);

        for (long second = 0; second < 60; second++) {
            assertThat(serve(writes, 5_000, WRITE_1KB, at(second))).isEqualTo(1_000);
            assertThat(serve(reads, 5_000, SC_READ_4KB, at(second))).isEqualTo(3_000);
        }
        assertThat(reads.tryConsume(SC_READ_4KB, at(59)).reasons())
                .containsExactly(ThrottlingReason.TableReadKeyRangeThroughputExceeded);
    }

    @Test
    void partitionLimit_ceilingHoldsOverAnyOneSecondSpan_notJustPerTick() {
        PartitionLimit writes = PartitionLimit.standard(ResourceType.Index, OperationType.Write, 0);

        assertThat(serve(writes, 1_000, 1, 0)).isEqualTo(1_000);
        assertThat(serve(writes, 1_000, 1, 500)).isEqualTo(500);
        assertThat(writes.tryConsume(1, 500).reasons())
                .containsExactly(ThrottlingReason.IndexWriteKeyRangeThroughputExceeded);
    }
}
