package dev.dynasim.api;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.dynasim.engine.model.CancellationReason;
import dev.dynasim.engine.model.DynamoDbException;
import dev.dynasim.engine.model.ThrottlingCause;
import dev.dynasim.engine.model.ErrorCode;

/** Turns a {@link DynamoDbException} into DynamoDB's wire error body ({@code __type}, {@code message}, extras). */
public final class WireErrors {
    private static final String DYNAMODB = "com.amazonaws.dynamodb.v20120810#";

    private WireErrors() {
    }

    /** The wire {@code __type} of an error code, e.g. {@code com.amazon.coral.validate#ValidationException}. */
    public static String wireType(ErrorCode code) {
        return switch (code) {
            case ValidationException -> "com.amazon.coral.validate#ValidationException";
            case SerializationException -> "com.amazon.coral.service#SerializationException";
            case AccessDeniedException -> "com.amazon.coral.service#AccessDeniedException";
            case ThrottlingException -> "com.amazon.coral.availability#ThrottlingException";
            default -> DYNAMODB + code.name();
        };
    }

    /** The HTTP status of an error: 500 for InternalServerError, 400 for every other DynamoDB error. */
    public static int httpStatus(ErrorCode code) {
        return code == ErrorCode.InternalServerError ? 500 : 400;
    }

    /** The wire error body of an exception, with Item or CancellationReasons where it carries them. */
    public static ObjectNode body(DynamoDbException e) {
        ObjectNode body = WireJson.object();
        body.put("__type", wireType(e.code()));
        body.put("message", e.getMessage() == null ? "" : e.getMessage());
        if (e.item() != null) {
            body.set("Item", AttributeValueCodec.encodeMap(e.item()));
        }
        if (e.cancellationReasons() != null) {
            ArrayNode reasons = body.putArray("CancellationReasons");
            for (CancellationReason reason : e.cancellationReasons()) {
                ObjectNode r = reasons.addObject();
                if (reason.item() != null) r.set("Item", AttributeValueCodec.encodeMap(reason.item()));
                r.put("Code", reason.code());
                if (reason.message() != null) r.put("Message", reason.message());
            }
        }
        if (e.throttlingReasons() != null) {
            ArrayNode reasons = body.putArray("ThrottlingReasons");
            for (ThrottlingCause cause : e.throttlingReasons()) {
                reasons.addObject().put("reason", cause.reason()).put("resource", cause.resource());
            }
        }
        return body;
    }

    /** A SerializationException: the body is not the JSON shape the operation takes. */
    public static DynamoDbException serialization(String message) {
        return new DynamoDbException(ErrorCode.SerializationException, message);
    }
}
