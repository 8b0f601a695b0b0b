package dev.dynasim.engine.trace;

/**
 * The JSON Lines form of trace events: one flat object per event, {@code type} then {@code time}
 * then {@code table}, then the event's fields in a fixed order (docs/trace.md), so identical runs
 * export byte-identical traces.
 */
public final class TraceJson {
    private TraceJson() {
    }

    /** One event as one line of JSON, without the line break. */
    public static String line(TraceEvent event) {
        JsonObject json = new JsonObject()
                .field("type", event.type())
                .field("time", event.time())
                .field("table", event.table());
        if (event instanceof RequestServed e) {
            return request(json, e.index(), e.partition(), e.operation(), e.requests(), e.readUnits(),
                    e.writeUnits(), e.keyToken()).close();
        }
        if (event instanceof RequestThrottled e) {
            return request(json, e.index(), e.partition(), e.operation(), e.requests(), e.readUnits(),
                    e.writeUnits(), e.keyToken()).field("reason", e.reason()).close();
        }
        if (event instanceof SplitStarted e) {
            return json.field("index", e.index()).field("partition", e.partition())
                    .field("cause", e.cause().name()).field("splitToken", e.splitToken())
                    .field("completesAt", e.completesAt()).close();
        }
        if (event instanceof PartitionSplit e) {
            return json.field("index", e.index()).field("parent", e.parent()).longs("children", e.children())
                    .field("cause", e.cause().name()).field("splitToken", e.splitToken()).close();
        }
        if (event instanceof SplitCancelled e) return splitNote(json, e.index(), e.partition(), e.cause(), e.why());
        if (event instanceof SplitDeferred e) return splitNote(json, e.index(), e.partition(), e.cause(), e.why());
        if (event instanceof NoSplitHelps e) {
            return json.field("index", e.index()).field("partition", e.partition())
                    .field("why", e.why()).field("keyToken", e.keyToken()).close();
        }
        if (event instanceof CapacityChanged e) {
            return json.field("index", e.index()).field("mode", e.mode().name())
                    .field("readCapacity", e.readCapacity()).field("writeCapacity", e.writeCapacity()).close();
        }
        if (event instanceof TableCreated e) {
            return json.field("mode", e.mode().name()).field("readCapacity", e.readCapacity())
                    .field("writeCapacity", e.writeCapacity()).field("partitions", e.partitions())
                    .strings("indexes", e.indexes()).strings("partitionStarts", e.partitionStarts()).close();
        }
        if (event instanceof ZoneChanged e) return json.field("zone", e.zone()).field("up", e.up()).close();
        if (event instanceof ReplicaChanged e) {
            return json.field("index", e.index()).field("partition", e.partition()).field("change", e.change())
                    .field("zone", e.zone()).field("detail", e.detail()).close();
        }
        if (event instanceof RequestFailed e) {
            return json.field("index", e.index()).field("partition", e.partition()).field("operation", e.operation())
                    .field("requests", e.requests()).field("error", e.error()).field("reason", e.reason()).close();
        }
        if (event instanceof ReplicationMetrics e) {
            return json.field("eventualReads", e.eventualReads()).field("staleReads", e.staleReads())
                    .field("maxVersionsBehind", e.maxVersionsBehind()).field("maxStalenessMillis", e.maxStalenessMillis())
                    .field("replicatedWrites", e.replicatedWrites()).field("lagP50Millis", e.lagP50Millis())
                    .field("lagP99Millis", e.lagP99Millis()).field("lagMaxMillis", e.lagMaxMillis())
                    .field("writesRefused", e.writesRefused()).field("readsRefused", e.readsRefused()).close();
        }
        if (event instanceof AvailabilityWindow e) {
            return json.field("windowStart", e.windowStart()).field("requests", e.requests()).field("failed", e.failed())
                    .field("availability", e.availability()).close();
        }
        if (event instanceof ScalingActivity e) {
            return json.field("dimension", e.dimension()).field("fromCapacity", e.fromCapacity()).field("toCapacity", e.toCapacity())
                    .field("status", e.status()).field("why", e.why()).close();
        }
        if (event instanceof AccessDenied e) {
            return json.field("principal", e.principal()).field("operation", e.operation()).field("requests", e.requests())
                    .field("message", e.message()).close();
        }
        TickMetrics e = (TickMetrics) event;
        json.field("index", e.index()).field("partition", e.partition());
        for (Metric m : Metric.values()) json.field(m.field(), m.of(e));
        return json.close();
    }

    private static String splitNote(JsonObject json, String index, long partition, SplitCause cause, String why) {
        return json.field("index", index).field("partition", partition).field("cause", cause.name())
                .field("why", why).close();
    }

    private static JsonObject request(JsonObject json, String index, long partition, String operation,
                                      long requests, double readUnits, double writeUnits, String keyToken) {
        return json.field("index", index).field("partition", partition).field("operation", operation)
                .field("requests", requests).field("readUnits", readUnits).field("writeUnits", writeUnits)
                .field("keyToken", keyToken);
    }
}
