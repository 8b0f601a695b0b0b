package dev.dynasim.shell;

/**
 * A call to the shell that cannot be turned into a request (e.g. names and values not in pairs).
 * Carries no stack trace, so JShell shows only the message and what to try.
 */
public final class ShellUsageException extends RuntimeException {
    /** An exception with a message that says what to try. */
    public ShellUsageException(String message) {
        super(message, null, false, false);
    }
}
