package dev.dynasim.engine.capacity;

import org.junit.jupiter.api.Test;

import java.util.List;

import static dev.dynasim.engine.capacity.Ticks.at;
import static org.assertj.core.api.Assertions.assertThat;

/** All-or-nothing admission across a table and its GSIs (F2.14, F2.15). */
class AdmissionTest {
    private static ProvisionedPartitionCapacity tableWrites(double wcu) {
        return new ProvisionedPartitionCapacity(ResourceType.Table, OperationType.Write, wcu, 1_000, 0, 0, 0);
    }

    private static ProvisionedPartitionCapacity indexWrites(double wcu) {
        return new ProvisionedPartitionCapacity(ResourceType.Index, OperationType.Write, wcu, 1_000, 0, 0, 0);
    }

    @Test
    void tryConsumeAll_starvedGsi_throttlesTheTableWriteAndConsumesNothing() {
        ProvisionedPartitionCapacity table = tableWrites(100);
        ProvisionedPartitionCapacity gsi = indexWrites(10);
        long admitted = 0;
        ThrottleDecision last = ThrottleDecision.admit();

        for (int i = 0; i < 50; i++) {
            last = Admission.tryConsumeAll(List.of(new CapacityClaim(table, 1), new CapacityClaim(gsi, 1)), at(1));
            admitted += last.admitted() ? 1 : 0;
        }

        assertThat(admitted).isEqualTo(10);
        assertThat(last.reasons()).containsExactly(ThrottlingReason.IndexWriteProvisionedThroughputExceeded);
        assertThat(table.allocatedBalance(at(1))).isEqualTo(90.0);
    }

    @Test
    void tryConsumeAll_bothStarved_listsEveryReasonInClaimOrder() {
        ProvisionedPartitionCapacity table = tableWrites(1);
        ProvisionedPartitionCapacity gsi = indexWrites(1);

        ThrottleDecision decision = Admission.tryConsumeAll(
                List.of(new CapacityClaim(table, 2), new CapacityClaim(gsi, 2)), 0);

        assertThat(decision.reasons()).containsExactly(ThrottlingReason.TableWriteProvisionedThroughputExceeded,
                ThrottlingReason.IndexWriteProvisionedThroughputExceeded);
        assertThat(table.allocatedBalance(0)).isEqualTo(1.0);
        assertThat(gsi.allocatedBalance(0)).isEqualTo(1.0);
    }

    @Test
    void tryConsumeAll_twoClaimsOnOneGate_areAddedUpBeforeAsking() {
        ProvisionedPartitionCapacity table = tableWrites(10);
        ProvisionedPartitionCapacity gsi = indexWrites(1);

        ThrottleDecision keyChange = Admission.tryConsumeAll(List.of(new CapacityClaim(table, 1),
                new CapacityClaim(gsi, 1), new CapacityClaim(gsi, 1)), 0);

        assertThat(keyChange.reasons()).containsExactly(ThrottlingReason.IndexWriteProvisionedThroughputExceeded);
        assertThat(table.allocatedBalance(0)).isEqualTo(10.0);
        assertThat(gsi.allocatedBalance(0)).isEqualTo(1.0);
    }

    @Test
    void tryConsumeAll_allAdmit_consumesAtEveryGate() {
        ProvisionedPartitionCapacity table = tableWrites(10);
        OnDemandCapacity gsi = OnDemandCapacity.newTable(ResourceType.Index, OperationType.Write,
                OnDemandSpec.defaults(OperationType.Write), 0);

        ThrottleDecision decision = Admission.tryConsumeAll(
                List.of(new CapacityClaim(table, 3), new CapacityClaim(gsi, 2)), 0);

        assertThat(decision.admitted()).isTrue();
        assertThat(table.allocatedBalance(0)).isEqualTo(7.0);
        assertThat(gsi.consumedThisSecond(0)).isEqualTo(2.0);
    }

    @Test
    void checkAll_consumesNothing() {
        ProvisionedPartitionCapacity table = tableWrites(10);

        assertThat(Admission.checkAll(List.of(new CapacityClaim(table, 10)), 0).admitted()).isTrue();
        assertThat(table.allocatedBalance(0)).isEqualTo(10.0);
    }

    @Test
    void and_mergesReasonsWithoutDuplicates() {
        ThrottleDecision a = ThrottleDecision.throttle(ThrottlingReason.TableWriteKeyRangeThroughputExceeded);
        ThrottleDecision b = ThrottleDecision.throttle(ThrottlingReason.TableWriteKeyRangeThroughputExceeded);

        assertThat(a.and(b).reasons()).containsExactly(ThrottlingReason.TableWriteKeyRangeThroughputExceeded);
        assertThat(ThrottleDecision.admit().and(a)).isEqualTo(a);
        assertThat(a.and(ThrottleDecision.admit())).isEqualTo(a);
    }
}
