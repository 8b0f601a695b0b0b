package dev.dynasim.engine.iam;

/** Whether a command on a MongoDB connection is allowed, with MongoDB's error text when it is not. */
public record OperationDecision(boolean allowed, String message) {
    /** Checks the message. */
    public OperationDecision {
        if (message == null) throw new IllegalArgumentException("an operation decision needs a message");
    }

    /** The message. */
    @Override
    public String toString() {
        return message;
    }
}
