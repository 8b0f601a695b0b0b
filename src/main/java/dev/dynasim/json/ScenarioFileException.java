package dev.dynasim.json;

/** A scenario or price sheet file that cannot be used; the message names the file, the field and the problem, e.g. {@code hot.json: workloads[1].keys.exponent: must be > 0}. */
public final class ScenarioFileException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    /** A problem with the whole message given. */
    public ScenarioFileException(String message) {
        super(message);
    }
}
