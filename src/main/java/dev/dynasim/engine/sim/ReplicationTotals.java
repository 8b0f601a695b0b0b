package dev.dynasim.engine.sim;

import dev.dynasim.engine.trace.AvailabilityWindow;
import dev.dynasim.engine.trace.ReplicaChanged;
import dev.dynasim.engine.trace.ReplicationMetrics;
import dev.dynasim.engine.trace.RequestFailed;
import dev.dynasim.engine.trace.TraceEvent;
import java.util.Map;
import java.util.TreeMap;

/** One table's replication trace events added up over a scenario, for its {@link ReplicationReport}. */
final class ReplicationTotals {
    private final String table;
    private long eventualReads;
    private long staleReads;
    private long maxStaleness;
    private long lagP99;
    private long lagMax;
    private final Map<String, Long> refused = new TreeMap<>();
    private long elections;
    private double lowestAvailability = 1;

    ReplicationTotals(String table) {
        this.table = table;
    }

    /** Adds one replication event of the table. */
    void add(TraceEvent event) {
        if (event instanceof ReplicationMetrics m) {
            eventualReads += m.eventualReads();
            staleReads += m.staleReads();
            maxStaleness = Math.max(maxStaleness, m.maxStalenessMillis());
            lagP99 = Math.max(lagP99, m.lagP99Millis());
            lagMax = Math.max(lagMax, m.lagMaxMillis());
        } else if (event instanceof RequestFailed f) {
            refused.merge(f.reason(), f.requests(), Long::sum);
        } else if (event instanceof ReplicaChanged c) {
            if (c.change().equals("LEADER_ELECTED")) elections++;
        } else if (event instanceof AvailabilityWindow w) {
            lowestAvailability = Math.min(lowestAvailability, w.availability());
        }
    }

    ReplicationReport report() {
        return new ReplicationReport(table, eventualReads, staleReads, maxStaleness, lagP99, lagMax, refused, elections,
                lowestAvailability);
    }
}
