package dev.dynasim.engine.capacity;

import dev.dynasim.engine.model.ErrorCode;

/**
 * Which exception an on-demand table's hot partition ({@code KeyRangeThroughputExceeded}) answers
 * with. The sources disagree, so it is a parameter: the facts file's exception table (7.1) gives
 * {@code ProvisionedThroughputExceededException} with an on-demand wording; F3.30 (Programming.Errors.html)
 * says {@code ThrottlingException} "may be returned" when the on-demand data plane goes too fast.
 */
public enum OnDemandHotPartitionError {
    /** The default: ProvisionedThroughputExceededException, "Throughput exceeds the current capacity ..." (facts 7.1). */
    PROVISIONED_THROUGHPUT_EXCEEDED(ErrorCode.ProvisionedThroughputExceededException, ThrottleError.ON_DEMAND_MESSAGE),
    /** ThrottlingException, "Rate of requests exceeds the allowed throughput." (F3.30, facts 7.1). */
    THROTTLING(ErrorCode.ThrottlingException, ThrottleError.THROTTLING_MESSAGE);

    /** The documented default. */
    public static final OnDemandHotPartitionError DEFAULT = PROVISIONED_THROUGHPUT_EXCEEDED;

    private final ErrorCode code;
    private final String message;

    OnDemandHotPartitionError(ErrorCode code, String message) {
        this.code = code;
        this.message = message;
    }

    /** The exception name. */
    public ErrorCode code() {
        return code;
    }

    /** DynamoDB's message for it. */
    public String message() {
        return message;
    }
}
