package dev.dynasim.engine.trace;

/**
 * Auto scaling acted on a table's provisioned capacity (P13-P15): it decided a change after enough
 * one-minute data points breached the target, applied it when the UpdateTable completed minutes later,
 * or had it refused (for example by the daily limit on decreases). A scenario's scheduled capacity
 * event refused that way is recorded as one too, with status "refused" and a why starting "scheduled event:".
 *
 * @param time simulated milliseconds
 * @param table table name
 * @param dimension "read" or "write"
 * @param fromCapacity capacity units before
 * @param toCapacity capacity units after
 * @param status "decided", "applied" or "refused"
 * @param why a short explanation for students
 */
public record ScalingActivity(long time, String table, String dimension, long fromCapacity, long toCapacity, String status,
                              String why) implements TraceEvent {

    /** Checks the fields. */
    public ScalingActivity {
        Events.check(time, table);
        Events.required(dimension, "dimension");
        Events.required(status, "status");
        Events.required(why, "why");
    }
}
