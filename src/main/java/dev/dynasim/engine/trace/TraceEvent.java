package dev.dynasim.engine.trace;

/** Something the simulation did at a simulated time; every field is documented in docs/trace.md. */
public sealed interface TraceEvent permits RequestServed, RequestThrottled, SplitStarted, PartitionSplit,
        SplitCancelled, SplitDeferred, NoSplitHelps, CapacityChanged, TableCreated, TickMetrics, ZoneChanged, ReplicaChanged,
        RequestFailed, ReplicationMetrics, AvailabilityWindow, ScalingActivity, AccessDenied {

    /** Simulated time of the event in milliseconds. */
    long time();

    /** The table the event concerns. */
    String table();

    /** The event's name in the JSON Lines export: its record's simple name. */
    default String type() {
        return getClass().getSimpleName();
    }
}
