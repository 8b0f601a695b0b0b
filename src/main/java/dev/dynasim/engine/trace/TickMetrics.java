package dev.dynasim.engine.trace;

/**
 * One partition's measurements over one tick; the measured values are declared once, with
 * units and meanings, in {@link Metric}, which every reporter reads.
 *
 * @param time simulated milliseconds of the step that measured the tick
 * @param table table name
 * @param index index name, or null for the base table
 * @param partition partition id
 * @param consumedReadUnits see {@link Metric#CONSUMED_READ_UNITS}
 * @param consumedWriteUnits see {@link Metric#CONSUMED_WRITE_UNITS}
 * @param throttledReadUnits see {@link Metric#THROTTLED_READ_UNITS}
 * @param throttledWriteUnits see {@link Metric#THROTTLED_WRITE_UNITS}
 * @param servedRequests see {@link Metric#SERVED_REQUESTS}
 * @param throttledRequests see {@link Metric#THROTTLED_REQUESTS}
 * @param bytes see {@link Metric#BYTES}
 * @param partitionCount see {@link Metric#PARTITION_COUNT}
 */
public record TickMetrics(long time, String table, String index, long partition,
                          double consumedReadUnits, double consumedWriteUnits,
                          double throttledReadUnits, double throttledWriteUnits,
                          long servedRequests, long throttledRequests, long bytes, int partitionCount)
        implements TraceEvent {

    /** Checks the fields. */
    public TickMetrics {
        Events.check(time, table);
        Events.amount(consumedReadUnits, "consumedReadUnits");
        Events.amount(consumedWriteUnits, "consumedWriteUnits");
        Events.amount(throttledReadUnits, "throttledReadUnits");
        Events.amount(throttledWriteUnits, "throttledWriteUnits");
        if (servedRequests < 0 || throttledRequests < 0 || bytes < 0) {
            throw new IllegalArgumentException("counts must not be negative");
        }
        if (partitionCount < 1) throw new IllegalArgumentException("a table has at least one partition");
    }

    /** The value of {@code metric} in this tick. */
    public double get(Metric metric) {
        return metric.of(this);
    }
}
