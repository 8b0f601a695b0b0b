package dev.dynasim.engine.model;

import java.util.List;
import java.util.Map;

/**
 * An error DynamoDB would answer with: its exception name and its exact message, plus the
 * extra fields some errors carry (the item for a failed condition, the reasons for a cancelled
 * transaction). Every user-facing failure of the engine is one of these.
 */
public final class DynamoDbException extends RuntimeException {
    private final ErrorCode code;
    private final transient Map<String, AttributeValue> item;
    private final transient List<CancellationReason> cancellationReasons;
    private final transient List<ThrottlingCause> throttlingReasons;

    /** An error with a code and DynamoDB's message. */
    public DynamoDbException(ErrorCode code, String message) {
        this(code, message, null, null);
    }

    /** An error with the extra fields of ConditionalCheckFailed or TransactionCanceled. */
    public DynamoDbException(ErrorCode code, String message, Map<String, AttributeValue> item,
                             List<CancellationReason> cancellationReasons) {
        this(code, message, item, cancellationReasons, null);
    }

    /** A throttling error with its ThrottlingReasons (F3.31). */
    public DynamoDbException(ErrorCode code, String message, List<ThrottlingCause> throttlingReasons) {
        this(code, message, null, null, throttlingReasons);
    }

    private DynamoDbException(ErrorCode code, String message, Map<String, AttributeValue> item,
                              List<CancellationReason> cancellationReasons, List<ThrottlingCause> throttlingReasons) {
        super(message, null, false, false);
        this.code = code;
        this.item = item;
        this.cancellationReasons = cancellationReasons == null ? null : List.copyOf(cancellationReasons);
        this.throttlingReasons = throttlingReasons == null ? null : List.copyOf(throttlingReasons);
    }

    /** A ValidationException with the given message. */
    public static DynamoDbException validation(String message) {
        return new DynamoDbException(ErrorCode.ValidationException, message);
    }

    /** The exception name, e.g. ValidationException. */
    public ErrorCode code() {
        return code;
    }

    /** The item returned with a failed condition (ReturnValuesOnConditionCheckFailure), or null. */
    public Map<String, AttributeValue> item() {
        return item;
    }

    /** The per-action reasons of a cancelled transaction, or null. */
    public List<CancellationReason> cancellationReasons() {
        return cancellationReasons;
    }

    /** The reasons of a throttling error, each with the table or index it concerns, or null. */
    public List<ThrottlingCause> throttlingReasons() {
        return throttlingReasons;
    }

    @Override
    public String toString() {
        return code + ": " + getMessage();
    }
}
