package dev.dynasim.engine.table;

import dev.dynasim.engine.model.DynamoDbException;
import dev.dynasim.engine.model.ErrorCode;

/**
 * The texts of DynamoDB's non-validation errors, each defined once with its source. Where
 * DynamoDB Local words them differently, the documented service wording is used (oracle
 * {@code documented} lines; facts file 7.1 and 7.3).
 */
final class ServiceMessages {
    /** ConditionalCheckFailedException (facts 7.1; oracle condition-fails-*). */
    static final String CONDITIONAL_REQUEST_FAILED = "The conditional request failed";
    /** ResourceNotFoundException on the data plane (facts R3; oracle table-not-found-* documented). */
    static final String RESOURCE_NOT_FOUND = "Requested resource not found";
    /** Prefix of TransactionCanceledException's message (facts V13). */
    static final String TRANSACTION_CANCELLED = "Transaction cancelled, please refer cancellation reasons for specific reasons ";

    private ServiceMessages() {
    }

    /** ResourceNotFoundException for a data-plane call. */
    static DynamoDbException resourceNotFound() {
        return new DynamoDbException(ErrorCode.ResourceNotFoundException, RESOURCE_NOT_FOUND);
    }

    /** ResourceNotFoundException as DescribeTable words it (facts R3, the guide's example). */
    static DynamoDbException tableNotFound(String tableName) {
        return new DynamoDbException(ErrorCode.ResourceNotFoundException,
                RESOURCE_NOT_FOUND + ": Table: " + tableName + " not found");
    }

    /** ResourceInUseException for CreateTable of an existing name (facts R1). */
    static DynamoDbException tableExists(String tableName) {
        return new DynamoDbException(ErrorCode.ResourceInUseException, "Table already exists: " + tableName);
    }
}
