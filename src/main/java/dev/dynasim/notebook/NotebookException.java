package dev.dynasim.notebook;

/** A notebook that cannot be read, run or written, with a one-line message naming the file and the problem. */
public final class NotebookException extends RuntimeException {
    /** An exception with a message that says what is wrong. */
    public NotebookException(String message) {
        super(message, null, false, false);
    }
}
