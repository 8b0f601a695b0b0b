package dev.dynasim.engine.sim;

import dev.dynasim.engine.table.ReplicaChange;
import dev.dynasim.engine.table.ReplicationFigures;
import dev.dynasim.engine.table.RequestFailure;
import dev.dynasim.engine.table.TickResult;
import dev.dynasim.engine.trace.AvailabilityWindow;
import dev.dynasim.engine.trace.ReplicaChanged;
import dev.dynasim.engine.trace.ReplicationMetrics;
import dev.dynasim.engine.trace.RequestFailed;
import dev.dynasim.engine.trace.Trace;
import dev.dynasim.engine.trace.ZoneChanged;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Turns replication into trace events: zone faults, what happened to replica groups, requests
 * refused with a server error, per-tick replication metrics, and each table's availability per
 * 5-minute window, measured as the SLA measures it (F4.9).
 */
final class ReplicationTracer {
    /** The SLA's measurement window: 5 minutes (F4.9). */
    static final long AVAILABILITY_WINDOW_MILLIS = 5L * 60 * 1000;
    private static final String SERVER_ERROR = "InternalServerError";

    private final Trace trace;
    /** This window's requests and server errors by table, in name order. */
    private final Map<String, long[]> window = new TreeMap<>();
    private long windowStart;

    ReplicationTracer(Trace trace) {
        this.trace = trace;
    }

    /** A zone went down or came back: one event per table. */
    void zone(long time, List<String> tables, String zone, boolean up) {
        for (String t : tables) trace.append(new ZoneChanged(time, t, zone, up));
    }

    /** What happened to replica groups (events keep their own times, which never run ahead of the trace). */
    void changes(List<ReplicaChange> changes) {
        for (ReplicaChange c : changes) {
            trace.append(new ReplicaChanged(c.event().timeMillis(), c.table(), c.index(), c.partition(),
                    c.event().kind().name(), c.event().zone().id(), c.event().detail()));
        }
    }

    /** Counts a table's requests of this tick: sent, and failed with a server error. */
    void count(String table, long requests, long serverErrors) {
        if (requests == 0) return;
        long[] w = window.computeIfAbsent(table, t -> new long[2]);
        w[0] += requests;
        w[1] += serverErrors;
    }

    /** The end of a tick: refusals, replication metrics, and the availability of a window that just ended. */
    void tick(long end, TickResult result) {
        for (RequestFailure f : result.failures()) {
            trace.append(new RequestFailed(end, f.table(), f.index(), f.partition(), f.operation(), f.requests(),
                    SERVER_ERROR, f.reason()));
        }
        for (ReplicationFigures r : result.replication()) {
            trace.append(new ReplicationMetrics(end, r.table(), r.eventualReads(), r.staleReads(), r.maxVersionsBehind(),
                    r.maxStalenessMillis(), r.replicatedWrites(), r.lagP50Millis(), r.lagP99Millis(), r.lagMaxMillis(),
                    r.writesRefused(), r.readsRefused()));
        }
        if (end / AVAILABILITY_WINDOW_MILLIS > windowStart / AVAILABILITY_WINDOW_MILLIS) close(end);
    }

    /** Writes the window under way as it stands at {@code now} (a run's last, partial window) and starts a new one. */
    void close(long now) {
        window.forEach((table, w) -> trace.append(new AvailabilityWindow(now, table, windowStart, w[0], w[1],
                (double) (w[0] - w[1]) / w[0])));
        window.clear();
        windowStart = now;
    }
}
