package dev.dynasim.engine.trace;

/**
 * An Availability Zone went down or came back (a scheduled or direct fault). Written once for each
 * table, since every table has replicas in every zone.
 *
 * @param time simulated milliseconds
 * @param table table name
 * @param zone the zone id, e.g. "use1-az1"
 * @param up true when the zone came back, false when it went down
 */
public record ZoneChanged(long time, String table, String zone, boolean up) implements TraceEvent {

    /** Checks the fields. */
    public ZoneChanged {
        Events.check(time, table);
        Events.required(zone, "zone");
    }
}
