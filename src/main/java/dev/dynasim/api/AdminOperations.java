package dev.dynasim.api;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.dynasim.engine.model.DynamoDbException;
import dev.dynasim.engine.replication.AvailabilityZone;
import dev.dynasim.engine.replication.ReplicaView;
import dev.dynasim.engine.table.Database;
import java.util.Set;

/**
 * The admin side of the JSON API: dynasim's own operations, named with a {@code Dynasim} prefix so
 * they can never clash with DynamoDB's, to inject faults and look at replicas (facts file, section 4).
 */
final class AdminOperations {
    /** The prefix of every admin operation. */
    static final String PREFIX = "Dynasim";

    private final Database database;

    AdminOperations(Database database) {
        this.database = database;
    }

    /** Whether an operation name is an admin operation. */
    static boolean isAdmin(String operation) {
        return operation.startsWith(PREFIX);
    }

    /** Runs one admin operation. */
    ObjectNode run(String operation, WireRequest r) {
        return switch (operation) {
            case "DynasimDescribeZones" -> zones(r);
            case "DynasimTakeZoneDown" -> {
                String zone = zone(r);
                database.takeZoneDown(zone);
                yield WireJson.object();
            }
            case "DynasimBringZoneUp" -> {
                String zone = zone(r);
                database.bringZoneUp(zone);
                yield WireJson.object();
            }
            case "DynasimFailReplica", "DynasimRestoreReplica" -> {
                Target t = target(r, true);
                database.failReplica(t.table, t.index, t.partition, t.zone, operation.equals("DynasimFailReplica"));
                yield WireJson.object();
            }
            case "DynasimSlowReplica" -> {
                Long extra = r.longValue("ExtraLagMillis");
                Target t = target(r, true);
                if (extra == null) throw DynamoDbException.validation("ExtraLagMillis is required");
                database.slowReplica(t.table, t.index, t.partition, t.zone, extra);
                yield WireJson.object();
            }
            case "DynasimDescribeReplicas" -> replicas(target(r, false));
            default -> throw new DynamoDbException(dev.dynasim.engine.model.ErrorCode.UnknownOperationException,
                    ApiHandler.UNKNOWN_OPERATION);
        };
    }

    private record Target(String table, String index, int partition, String zone) {
    }

    private static String zone(WireRequest r) {
        String zone = r.string("Zone");
        r.violations().throwIfAny();
        if (zone == null) throw DynamoDbException.validation("Zone is required, e.g. \"use1-az1\"");
        return zone;
    }

    private static Target target(WireRequest r, boolean withZone) {
        String table = r.string("TableName");
        String index = r.string("IndexName");
        Integer partition = r.integer("Partition");
        String zone = withZone ? r.string("Zone") : null;
        r.violations().throwIfAny();
        if (table == null) throw DynamoDbException.validation("TableName is required");
        if (partition == null) throw DynamoDbException.validation("Partition is required (a partition id, e.g. 0)");
        if (withZone && zone == null) throw DynamoDbException.validation("Zone is required, e.g. \"use1-az1\"");
        return new Target(table, index, partition, zone);
    }

    private ObjectNode zones(WireRequest r) {
        r.violations().throwIfAny();
        ObjectNode out = WireJson.object();
        out.put("Region", database.region().name());
        ArrayNode zones = out.putArray("Zones");
        Set<AvailabilityZone> down = database.zonesDown();
        for (AvailabilityZone z : database.region().zones()) {
            ObjectNode o = zones.addObject();
            o.put("ZoneId", z.id());
            o.put("State", down.contains(z) ? "down" : "up");
        }
        return out;
    }

    private ObjectNode replicas(Target t) {
        ObjectNode out = WireJson.object();
        ArrayNode replicas = out.putArray("Replicas");
        for (ReplicaView v : database.replicas(t.table, t.index, t.partition)) {
            ObjectNode o = replicas.addObject();
            o.put("ZoneId", v.zone().id());
            o.put("Kind", v.kind().name());
            o.put("Up", v.up());
            o.put("Leader", v.leader());
            o.put("AppliedLsn", v.appliedLsn());
            o.put("BehindEntries", v.behindEntries());
            o.put("LagMillis", v.lagMillis());
            o.put("ExtraLagMillis", v.extraLagMillis());
        }
        return out;
    }
}
