package dev.dynasim.engine.capacity;

import dev.dynasim.engine.model.BillingMode;
import dev.dynasim.engine.model.DynamoDbException;
import dev.dynasim.engine.model.ErrorCode;

import java.util.List;

/**
 * What a throttled request answers with: the exception name, DynamoDB's message (facts file 7.1,
 * Programming.Errors.html) and the {@code ThrottlingReasons} (F3.31). The exception follows the
 * first reason and the table's billing mode:
 * <ul>
 *   <li>provisioned, any reason: {@code ProvisionedThroughputExceededException} with the provisioned
 *       message (7.1; F3.29);</li>
 *   <li>on-demand, {@code KeyRangeThroughputExceeded} (a hot partition, or load beyond what the table
 *       has scaled to): by default {@code ProvisionedThroughputExceededException} with 7.1's on-demand
 *       wording, which says DynamoDB "is automatically scaling" and to check for a hot key; the sources
 *       disagree, so {@link OnDemandHotPartitionError} can make it {@code ThrottlingException};</li>
 *   <li>on-demand, {@code MaxOnDemandThroughputExceeded} or {@code AccountLimitExceeded} (a fixed
 *       rate limit of the table, not scaling): {@code ThrottlingException}, "Rate of requests exceeds
 *       the allowed throughput." (7.1; F3.30: the on-demand data plane going too fast).</li>
 * </ul>
 *
 * @param code    the exception name
 * @param message DynamoDB's message text
 * @param reasons the throttling reasons, first one deciding the exception
 */
public record ThrottleError(ErrorCode code, String message, List<ThrottlingReason> reasons) {
    /** ProvisionedThroughputExceededException's message for provisioned tables (facts 7.1). */
    public static final String PROVISIONED_MESSAGE = "You exceeded your maximum allowed provisioned throughput for a "
            + "table or for one or more global secondary indexes. To view performance metrics for provisioned "
            + "throughput vs. consumed throughput, open the Amazon CloudWatch console.";
    /** ProvisionedThroughputExceededException's message for on-demand tables (facts 7.1, on-demand wording). */
    public static final String ON_DEMAND_MESSAGE = "Throughput exceeds the current capacity of your table or index. "
            + "DynamoDB is automatically scaling your table or index so please try again shortly. If exceptions "
            + "persist, check if you have a hot key: "
            + "https://docs.aws.amazon.com/amazondynamodb/latest/developerguide/bp-partition-key-design.html";
    /** ThrottlingException's message (facts 7.1). */
    public static final String THROTTLING_MESSAGE = "Rate of requests exceeds the allowed throughput.";

    /** Copies the reasons. */
    public ThrottleError {
        reasons = List.copyOf(reasons);
    }

    /** The error for a throttled decision on a table (and its GSIs) billed in {@code mode}, with the default hot-partition error. */
    public static ThrottleError of(ThrottleDecision decision, BillingMode mode) {
        return of(decision, mode, OnDemandHotPartitionError.DEFAULT);
    }

    /** The error for a throttled decision; {@code hotPartition} is what an on-demand hot partition answers with. */
    public static ThrottleError of(ThrottleDecision decision, BillingMode mode, OnDemandHotPartitionError hotPartition) {
        ThrottlingReason first = decision.reason();
        if (mode == BillingMode.PROVISIONED) {
            return new ThrottleError(ErrorCode.ProvisionedThroughputExceededException, PROVISIONED_MESSAGE, decision.reasons());
        }
        if (isFixedOnDemandLimit(first)) {
            return new ThrottleError(ErrorCode.ThrottlingException, THROTTLING_MESSAGE, decision.reasons());
        }
        return new ThrottleError(hotPartition.code(), hotPartition.message(), decision.reasons());
    }

    /** The reasons' wire names, e.g. {@code TableWriteKeyRangeThroughputExceeded}. */
    public List<String> reasonNames() {
        return reasons.stream().map(Enum::name).toList();
    }

    /** This error as the engine's exception (the reasons are not carried: DynamoDbException has no field for them). */
    public DynamoDbException toException() {
        return new DynamoDbException(code, message);
    }

    private static boolean isFixedOnDemandLimit(ThrottlingReason reason) {
        return reason.limitType() == LimitType.MaxOnDemandThroughputExceeded
                || reason.limitType() == LimitType.AccountLimitExceeded;
    }
}
