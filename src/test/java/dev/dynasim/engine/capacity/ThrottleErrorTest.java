package dev.dynasim.engine.capacity;

import dev.dynasim.engine.model.BillingMode;
import dev.dynasim.engine.model.DynamoDbException;
import dev.dynasim.engine.model.ErrorCode;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The exception names and messages of throttled requests (facts file 7.1, F3.29-F3.31). */
class ThrottleErrorTest {
    private static final String PROVISIONED = "You exceeded your maximum allowed provisioned throughput for a table "
            + "or for one or more global secondary indexes. To view performance metrics for provisioned throughput "
            + "vs. consumed throughput, open the Amazon CloudWatch console.";
    private static final String ON_DEMAND = "Throughput exceeds the current capacity of your table or index. "
            + "DynamoDB is automatically scaling your table or index so please try again shortly. If exceptions "
            + "persist, check if you have a hot key: "
            + "https://docs.aws.amazon.com/amazondynamodb/latest/developerguide/bp-partition-key-design.html";

    @Test
    void of_provisionedKeyRange_isProvisionedThroughputExceededWithTheProvisionedMessage() {
        ThrottleError error = ThrottleError.of(
                ThrottleDecision.throttle(ThrottlingReason.TableWriteKeyRangeThroughputExceeded), BillingMode.PROVISIONED);

        assertThat(error.code()).isEqualTo(ErrorCode.ProvisionedThroughputExceededException);
        assertThat(error.message()).isEqualTo(PROVISIONED);
        assertThat(error.reasonNames()).containsExactly("TableWriteKeyRangeThroughputExceeded");
    }

    @Test
    void of_provisionedOverProvisioned_isProvisionedThroughputExceeded() {
        ThrottleError error = ThrottleError.of(
                ThrottleDecision.throttle(ThrottlingReason.IndexWriteProvisionedThroughputExceeded),
                BillingMode.PROVISIONED);

        assertThat(error.code()).isEqualTo(ErrorCode.ProvisionedThroughputExceededException);
        assertThat(error.message()).isEqualTo(PROVISIONED);
    }

    @Test
    void of_onDemandKeyRange_isProvisionedThroughputExceededWithTheOnDemandWording() {
        ThrottleError error = ThrottleError.of(
                ThrottleDecision.throttle(ThrottlingReason.TableReadKeyRangeThroughputExceeded),
                BillingMode.PAY_PER_REQUEST);

        assertThat(error.code()).isEqualTo(ErrorCode.ProvisionedThroughputExceededException);
        assertThat(error.message()).isEqualTo(ON_DEMAND);
    }

    @Test
    void of_onDemandKeyRange_withTheThrottlingSetting_isThrottlingException_andOtherModesAreUnchanged() {
        ThrottleDecision hot = ThrottleDecision.throttle(ThrottlingReason.TableWriteKeyRangeThroughputExceeded);
        ThrottleError onDemand = ThrottleError.of(hot, BillingMode.PAY_PER_REQUEST, OnDemandHotPartitionError.THROTTLING);
        ThrottleError provisioned = ThrottleError.of(hot, BillingMode.PROVISIONED, OnDemandHotPartitionError.THROTTLING);

        assertThat(onDemand.code()).isEqualTo(ErrorCode.ThrottlingException);
        assertThat(onDemand.message()).isEqualTo("Rate of requests exceeds the allowed throughput.");
        assertThat(onDemand.reasonNames()).containsExactly("TableWriteKeyRangeThroughputExceeded");
        assertThat(provisioned.code()).isEqualTo(ErrorCode.ProvisionedThroughputExceededException);
        assertThat(provisioned.message()).isEqualTo(PROVISIONED);
        assertThat(OnDemandHotPartitionError.DEFAULT).isEqualTo(OnDemandHotPartitionError.PROVISIONED_THROUGHPUT_EXCEEDED);
    }

    @Test
    void of_onDemandMaximumOrQuota_isThrottlingException() {
        for (ThrottlingReason reason : List.of(ThrottlingReason.TableWriteMaxOnDemandThroughputExceeded,
                ThrottlingReason.IndexReadAccountLimitExceeded)) {
            ThrottleError error = ThrottleError.of(ThrottleDecision.throttle(reason), BillingMode.PAY_PER_REQUEST);

            assertThat(error.code()).isEqualTo(ErrorCode.ThrottlingException);
            assertThat(error.message()).isEqualTo("Rate of requests exceeds the allowed throughput.");
        }
    }

    @Test
    void of_severalReasons_firstDecidesAndAllAreKept() {
        ThrottleDecision decision = new ThrottleDecision(List.of(ThrottlingReason.IndexWriteMaxOnDemandThroughputExceeded,
                ThrottlingReason.TableWriteKeyRangeThroughputExceeded));

        ThrottleError error = ThrottleError.of(decision, BillingMode.PAY_PER_REQUEST);

        assertThat(error.code()).isEqualTo(ErrorCode.ThrottlingException);
        assertThat(error.reasonNames()).containsExactly("IndexWriteMaxOnDemandThroughputExceeded",
                "TableWriteKeyRangeThroughputExceeded");
    }

    @Test
    void toException_carriesCodeAndMessage() {
        DynamoDbException exception = ThrottleError.of(
                ThrottleDecision.throttle(ThrottlingReason.TableReadProvisionedThroughputExceeded),
                BillingMode.PROVISIONED).toException();

        assertThat(exception.code()).isEqualTo(ErrorCode.ProvisionedThroughputExceededException);
        assertThat(exception.getMessage()).isEqualTo(PROVISIONED);
    }
}
