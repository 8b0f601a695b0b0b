package dev.dynasim.engine.capacity;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ThrottlingReasonTest {
    @Test
    void values_areTheSixteenReasonsOfF331() {
        assertThat(ThrottlingReason.values()).hasSize(16);
    }

    @Test
    void of_everyCombination_isNamedResourceOperationLimit() {
        for (ResourceType resource : ResourceType.values()) {
            for (OperationType operation : OperationType.values()) {
                for (LimitType limit : LimitType.values()) {
                    ThrottlingReason reason = ThrottlingReason.of(resource, operation, limit);

                    assertThat(reason.name()).isEqualTo(resource.name() + operation.name() + limit.name());
                    assertThat(reason.resourceType()).isEqualTo(resource);
                    assertThat(reason.operationType()).isEqualTo(operation);
                    assertThat(reason.limitType()).isEqualTo(limit);
                }
            }
        }
    }

    @Test
    void of_documentedExamples_matchTheirWireNames() {
        assertThat(ThrottlingReason.of(ResourceType.Table, OperationType.Read, LimitType.ProvisionedThroughputExceeded))
                .hasToString("TableReadProvisionedThroughputExceeded");
        assertThat(ThrottlingReason.of(ResourceType.Index, OperationType.Write, LimitType.AccountLimitExceeded))
                .hasToString("IndexWriteAccountLimitExceeded");
        assertThat(ThrottlingReason.of(ResourceType.Table, OperationType.Write, LimitType.KeyRangeThroughputExceeded))
                .hasToString("TableWriteKeyRangeThroughputExceeded");
    }
}
