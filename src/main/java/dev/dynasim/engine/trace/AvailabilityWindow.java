package dev.dynasim.engine.trace;

/**
 * A table's availability over one 5-minute window, measured as the SLA measures it (F4.9): the
 * share of the window's requests that did not fail with a server error (HTTP 500). Throttled
 * requests are client errors (HTTP 400) and count as successful here. Written when a window with
 * traffic ends.
 *
 * @param time simulated milliseconds (the window's end)
 * @param table table name
 * @param windowStart simulated milliseconds when the window began
 * @param requests requests sent in the window
 * @param failed requests that failed with a server error
 * @param availability (requests - failed) / requests
 */
public record AvailabilityWindow(long time, String table, long windowStart, long requests, long failed,
                                 double availability) implements TraceEvent {

    /** Checks the fields. */
    public AvailabilityWindow {
        Events.check(time, table);
        if (requests < 1 || failed < 0 || failed > requests) throw new IllegalArgumentException("bad window counts");
    }
}
