package dev.dynasim.engine.iam;

/**
 * What happened when a client tried to connect to a {@link MongoServer}: the outcome, where the
 * client came from, the user it gave (null for none) and a message saying why.
 */
public record ConnectionDecision(Outcome outcome, String sourceIp, String user, String message) {
    /** The ways a connection attempt can end. */
    public enum Outcome {
        /** The firewall dropped the connection: the client sees a timeout. */
        REFUSED,
        /** Connected, and authorization is disabled: every command on every collection is allowed. */
        FULL_ACCESS,
        /** Connected and authenticated as a user: commands are allowed by the user's roles. */
        AS_USER,
        /** Connected without credentials to a server with authorization enabled: every command fails. */
        UNAUTHENTICATED,
        /** The server does not know the user: the connection is closed. */
        AUTHENTICATION_FAILED
    }

    /** Checks the fields. */
    public ConnectionDecision {
        if (outcome == null || message == null) {
            throw new IllegalArgumentException("a connection decision needs an outcome and a message");
        }
    }

    /** Whether the client holds an open connection. */
    public boolean connected() {
        return outcome != Outcome.REFUSED && outcome != Outcome.AUTHENTICATION_FAILED;
    }

    /** The message. */
    @Override
    public String toString() {
        return message;
    }
}
