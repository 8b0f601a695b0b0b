package dev.dynasim.engine.model;

/**
 * The exceptions DynamoDB answers with, by their service names (facts file, section 7.1).
 * The wire namespace of each is the api layer's business.
 */
public enum ErrorCode {
    ValidationException,
    ResourceNotFoundException,
    ResourceInUseException,
    ConditionalCheckFailedException,
    TransactionCanceledException,
    TransactionConflictException,
    ItemCollectionSizeLimitExceededException,
    LimitExceededException,
    ProvisionedThroughputExceededException,
    ThrottlingException,
    RequestLimitExceeded,
    AccessDeniedException,
    UnrecognizedClientException,
    UnknownOperationException,
    SerializationException,
    InternalServerError
}
