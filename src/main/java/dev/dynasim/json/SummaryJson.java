package dev.dynasim.json;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.dynasim.engine.sim.IntervalRow;
import dev.dynasim.engine.sim.NoSplitRecord;
import dev.dynasim.engine.sim.PartitionReport;
import dev.dynasim.engine.sim.ScenarioReport;
import dev.dynasim.engine.sim.DeniedRecord;
import dev.dynasim.engine.sim.ReplicationReport;
import dev.dynasim.engine.sim.ScheduledEvent;
import dev.dynasim.engine.sim.SplitRecord;
import dev.dynasim.engine.sim.TableReport;
import dev.dynasim.engine.sim.TableUsage;
import java.io.UncheckedIOException;

/**
 * Writes a {@link ScenarioReport} as the summary JSON of {@code simulate --summary-json}: one
 * pretty-printed object whose fields always appear, in the documented order (docs/scenarios.md,
 * "Summary JSON"); absent values are {@code null}, never omitted. {@link #FORMAT} names the shape.
 */
public final class SummaryJson {
    /** The value of the "format" field: changes only when the shape changes. */
    public static final String FORMAT = "dynasim-summary/1";
    private static final ObjectMapper MAPPER = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private SummaryJson() {
    }

    /** The summary as pretty-printed JSON text ending in a newline. */
    public static String write(ScenarioReport report) {
        try {
            return MAPPER.writeValueAsString(tree(report)) + "\n";
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The summary as a JSON tree. */
    public static ObjectNode tree(ScenarioReport r) {
        ObjectNode root = MAPPER.createObjectNode();
        root.put("format", FORMAT);
        root.put("scenario", r.scenario());
        root.put("seed", r.seed());
        root.put("tickMillis", r.tickMillis());
        root.put("endMillis", r.endMillis());
        root.put("ticks", r.ticks());
        root.put("served", r.served());
        root.put("throttled", r.throttled());
        ArrayNode intervals = root.putArray("intervals");
        for (IntervalRow i : r.intervals()) {
            ObjectNode o = intervals.addObject();
            o.put("fromMillis", i.fromMillis());
            o.put("toMillis", i.toMillis());
            o.put("served", i.served());
            o.put("throttled", i.throttled());
            o.put("failed", i.failed());
            o.put("eventualReads", i.eventualReads());
            o.put("staleReads", i.staleReads());
            o.put("splitsStarted", i.splitsStarted());
            o.put("splitsCompleted", i.splitsCompleted());
            o.put("partitions", i.partitions());
        }
        ArrayNode events = root.putArray("eventsApplied");
        for (ScheduledEvent e : r.eventsApplied()) {
            ObjectNode o = events.addObject();
            o.put("atMillis", e.atMillis());
            o.put("table", e.table());
            o.put("billingMode", e.billingMode() == null ? null : e.billingMode().name());
            o.put("readCapacity", e.throughput() == null ? null : e.throughput().readCapacityUnits());
            o.put("writeCapacity", e.throughput() == null ? null : e.throughput().writeCapacityUnits());
            o.put("fault", e.fault() == null ? null : e.fault().describe(e.table()));
        }
        ArrayNode tables = root.putArray("tables");
        for (TableReport t : r.tables()) table(tables.addObject(), t);
        ArrayNode splits = root.putArray("splits");
        for (SplitRecord s : r.splits()) {
            ObjectNode o = splits.addObject();
            o.put("startedMillis", s.startedMillis());
            o.put("completedMillis", s.completedMillis() < 0 ? null : s.completedMillis());
            o.put("table", s.table());
            o.put("index", s.index());
            o.put("parent", s.parent());
            ArrayNode children = o.putArray("children");
            for (long c : s.children()) children.add(c);
            o.put("cause", s.cause());
            o.put("splitToken", s.splitToken());
        }
        ArrayNode noSplit = root.putArray("noSplitHelps");
        for (NoSplitRecord n : r.noSplitHelps()) {
            ObjectNode o = noSplit.addObject();
            o.put("timeMillis", n.timeMillis());
            o.put("table", n.table());
            o.put("index", n.index());
            o.put("partition", n.partition());
            o.put("why", n.why());
        }
        ArrayNode replication = root.putArray("replication");
        for (ReplicationReport x : r.replication()) {
            ObjectNode o = replication.addObject();
            o.put("table", x.table());
            o.put("eventualReads", x.eventualReads());
            o.put("staleReads", x.staleReads());
            o.put("maxStalenessMillis", x.maxStalenessMillis());
            o.put("lagP99Millis", x.lagP99Millis());
            o.put("lagMaxMillis", x.lagMaxMillis());
            ObjectNode refused = o.putObject("refusedByReason");
            new java.util.TreeMap<>(x.refusedByReason()).forEach(refused::put);
            o.put("leaderElections", x.leaderElections());
            o.put("lowestAvailability", x.lowestAvailability());
        }
        ArrayNode denied = root.putArray("accessDenied");
        for (DeniedRecord x : r.accessDenied()) {
            ObjectNode o = denied.addObject();
            o.put("principal", x.principal());
            o.put("table", x.table());
            o.put("operation", x.operation());
            o.put("requests", x.requests());
            o.put("message", x.message());
        }
        return root;
    }

    private static void table(ObjectNode o, TableReport t) {
        o.put("table", t.table());
        o.put("index", t.index());
        o.put("billingMode", t.billingMode());
        o.put("readCapacity", t.readCapacity());
        o.put("writeCapacity", t.writeCapacity());
        o.put("partitionCount", t.partitions().size());
        o.put("storedBytes", t.storedBytes());
        o.put("consumedReadUnits", t.consumedReadUnits());
        o.put("consumedWriteUnits", t.consumedWriteUnits());
        o.put("servedRequests", t.servedRequests());
        o.put("throttledRequests", t.throttledRequests());
        o.put("throttledReadUnits", t.throttledReadUnits());
        o.put("throttledWriteUnits", t.throttledWriteUnits());
        ObjectNode reasons = o.putObject("throttledByReason");
        t.throttledByReason().forEach(reasons::put);
        TableUsage u = t.usage();
        if (u == null) {
            o.putNull("usage");
        } else {
            ObjectNode usage = o.putObject("usage");
            usage.put("readUnits", u.readUnits());
            usage.put("writeUnits", u.writeUnits());
            usage.put("requests", u.requests());
            usage.put("throttledRequests", u.throttledRequests());
        }
        ArrayNode partitions = o.putArray("partitions");
        for (PartitionReport p : t.partitions()) {
            ObjectNode x = partitions.addObject();
            x.put("id", p.id());
            x.put("rangeStart", p.rangeStart());
            x.put("rangeEnd", p.rangeEnd());
            x.put("keySpaceShare", p.keySpaceShare());
            x.put("allocatedReadUnits", p.allocatedReadUnits());
            x.put("allocatedWriteUnits", p.allocatedWriteUnits());
            x.put("storedBytes", p.storedBytes());
            x.put("consumedReadUnits", p.consumedReadUnits());
            x.put("consumedWriteUnits", p.consumedWriteUnits());
            x.put("peakReadUnitsPerSecond", p.peakReadUnitsPerSecond());
            x.put("peakWriteUnitsPerSecond", p.peakWriteUnitsPerSecond());
            x.put("servedRequests", p.servedRequests());
            x.put("throttledRequests", p.throttledRequests());
        }
    }
}
