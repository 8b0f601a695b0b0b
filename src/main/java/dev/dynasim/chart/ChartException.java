package dev.dynasim.chart;

/** A chart could not be drawn or written; the message says why and what to do. */
public final class ChartException extends RuntimeException {
    /** A failure with a message for the user. */
    public ChartException(String message) {
        super(message);
    }

    /** A failure with a message for the user and its cause. */
    public ChartException(String message, Throwable cause) {
        super(message, cause);
    }
}
