package dev.dynasim.engine.trace;

import java.util.function.ToDoubleFunction;

/**
 * The per-partition, per-tick measurements, declared once (Caffeine's PolicyStats idea): the
 * JSON field name, unit and meaning of each {@link TickMetrics} value. Reporters, charts and
 * the JSON export iterate these constants in declaration order instead of naming fields again.
 */
public enum Metric {
    CONSUMED_READ_UNITS("consumedReadUnits", "units",
            "read units (RCU or RRU) consumed by served requests in the tick", TickMetrics::consumedReadUnits),
    CONSUMED_WRITE_UNITS("consumedWriteUnits", "units",
            "write units (WCU or WRU) consumed by served requests in the tick", TickMetrics::consumedWriteUnits),
    THROTTLED_READ_UNITS("throttledReadUnits", "units",
            "read units asked for by requests throttled in the tick", TickMetrics::throttledReadUnits),
    THROTTLED_WRITE_UNITS("throttledWriteUnits", "units",
            "write units asked for by requests throttled in the tick", TickMetrics::throttledWriteUnits),
    SERVED_REQUESTS("servedRequests", "requests",
            "requests the partition served in the tick", m -> m.servedRequests()),
    THROTTLED_REQUESTS("throttledRequests", "requests",
            "requests the partition throttled in the tick", m -> m.throttledRequests()),
    BYTES("bytes", "bytes",
            "stored size of the partition at the end of the tick (items plus 100 B overhead each)", m -> m.bytes()),
    PARTITION_COUNT("partitionCount", "partitions",
            "partitions of the partition's table or index at the end of the tick", m -> m.partitionCount());

    private final String field;
    private final String unit;
    private final String description;
    private final ToDoubleFunction<TickMetrics> value;

    Metric(String field, String unit, String description, ToDoubleFunction<TickMetrics> value) {
        this.field = field;
        this.unit = unit;
        this.description = description;
        this.value = value;
    }

    /** The JSON field name, equal to the {@link TickMetrics} component name. */
    public String field() {
        return field;
    }

    /** The unit of the value. */
    public String unit() {
        return unit;
    }

    /** What the value measures. */
    public String description() {
        return description;
    }

    /** This metric's value in {@code tick}. */
    public double of(TickMetrics tick) {
        return value.applyAsDouble(tick);
    }

    /** True when the value is a whole count written without a fraction. */
    public boolean integral() {
        return this == SERVED_REQUESTS || this == THROTTLED_REQUESTS || this == BYTES || this == PARTITION_COUNT;
    }
}
