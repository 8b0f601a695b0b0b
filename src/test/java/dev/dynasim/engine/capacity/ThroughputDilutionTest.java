package dev.dynasim.engine.capacity;

import org.junit.jupiter.api.Test;

import java.util.List;

import static dev.dynasim.engine.capacity.Ticks.at;
import static dev.dynasim.engine.capacity.Ticks.serve;
import static org.assertj.core.api.Assertions.assertThat;

/** A split for size halves the parent's throughput between its children (F3.10, example 31). */
class ThroughputDilutionTest {
    @Test
    void splitInTwo_example31_childrenGet625RcuAnd250Wcu() {
        ProvisionedPartitionCapacity reads =
                ProvisionedPartitionCapacity.of(ResourceType.Table, OperationType.Read, 1_250, 0);
        ProvisionedPartitionCapacity writes =
                ProvisionedPartitionCapacity.of(ResourceType.Table, OperationType.Write, 500, 0);

        List<ProvisionedPartitionCapacity> readChildren = reads.splitInTwo(at(300));
        List<ProvisionedPartitionCapacity> writeChildren = writes.splitInTwo(at(300));

        assertThat(readChildren).extracting(ProvisionedPartitionCapacity::allocatedRate).containsExactly(625.0, 625.0);
        assertThat(writeChildren).extracting(ProvisionedPartitionCapacity::allocatedRate).containsExactly(250.0, 250.0);
        assertThat(writeChildren.get(0).burstBalance(at(300))).isEqualTo(75_000.0);
    }

    @Test
    void splitInTwo_child_servesItsHalfOnceItsBurstIsSpent() {
        ProvisionedPartitionCapacity parent =
                new ProvisionedPartitionCapacity(ResourceType.Table, OperationType.Write, 500, 1_000, 0, 0, 0);
        ProvisionedPartitionCapacity child = parent.splitInTwo(at(10)).get(0);

        assertThat(serve(child, 500, 1, at(10))).isEqualTo(250);
        assertThat(serve(child, 500, 1, at(11))).isEqualTo(250);
    }
}
