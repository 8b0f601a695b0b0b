package dev.dynasim.api;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.dynasim.engine.model.DynamoDbException;
import dev.dynasim.engine.replication.AvailabilityZone;
import dev.dynasim.engine.replication.ReplicaView;
import dev.dynasim.engine.table.Database;
import com.fasterxml.jackson.databind.JsonNode;
import dev.dynasim.engine.iam.Policy;
import dev.dynasim.engine.iam.Principal;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The admin side of the JSON API: dynasim's own operations, named with a {@code Dynasim} prefix so
 * they can never clash with DynamoDB's, to inject faults and look at replicas (facts file, section 4)
 * to define the IAM principals that requests may be made as (section 6.2), to bill (section 5) and to
 * turn on auto scaling (P13-P15).
 */
final class AdminOperations {
    /** The prefix of every admin operation. */
    static final String PREFIX = "Dynasim";

    private final Database database;
    private final ApiHandler handler;

    AdminOperations(Database database, ApiHandler handler) {
        this.database = database;
        this.handler = handler;
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
            case "DynasimPutPrincipal" -> putPrincipal(r);
            case "DynasimGetBill" -> bill(r);
            case "DynasimWhatIf" -> whatIf(r);
            case "DynasimPutScalingPolicy" -> handler.scaling().putPolicy(r);
            case "DynasimDescribeScalingActivities" -> handler.scaling().describeActivities(r);
            default -> throw new DynamoDbException(dev.dynasim.engine.model.ErrorCode.UnknownOperationException,
                    ApiHandler.UNKNOWN_OPERATION);
        };
    }

    /**
     * Defines a principal later lines may name in their {@code principal} field: {@code Arn},
     * optional {@code UserId} (the value of {@code ${aws:userid}}; default an AIDA... id derived from
     * the ARN) and {@code UserName} ({@code ${aws:username}}; default the name in a user's ARN), and
     * {@code Policies}: [{"PolicyArn": ..., "Document": {IAM policy JSON}}].
     */
    private ObjectNode putPrincipal(WireRequest r) {
        String arn = r.string("Arn");
        String userId = r.string("UserId");
        String userName = r.string("UserName");
        List<WireRequest> documents = r.objects("Policies");
        r.violations().throwIfAny();
        if (arn == null || arn.isBlank()) throw DynamoDbException.validation("Arn is required, e.g. \"arn:aws:iam::123456789012:user/alice\"");
        List<Policy> policies = new ArrayList<>();
        int i = 0;
        for (WireRequest d : documents == null ? List.<WireRequest>of() : documents) {
            String policyArn = d.string("PolicyArn");
            JsonNode document = d.node("Document");
            d.violations().throwIfAny();
            if (policyArn == null) throw DynamoDbException.validation("Policies[" + i + "].PolicyArn is required");
            if (document == null) throw DynamoDbException.validation("Policies[" + i + "].Document is required: an IAM policy");
            String text = document.isTextual() ? document.textValue() : document.toString();
            try {
                policies.add(handler.policyReader().apply(text, policyArn));
            } catch (RuntimeException e) {
                throw DynamoDbException.validation("Policies[" + i + "].Document: " + e.getMessage());
            }
            i++;
        }
        String name = userName != null ? userName : arn.contains(":user/") ? arn.substring(arn.lastIndexOf('/') + 1) : null;
        handler.addPrincipal(new Principal(arn, userId == null ? Principal.syntheticUserId(arn) : userId, name, policies));
        ObjectNode out = WireJson.object();
        out.put("Arn", arn);
        out.put("Policies", policies.size());
        return out;
    }

    /** The bill of everything so far ({@code PricedOn}: a date like 2024-10-01 for that day's prices; default the current ones). */
    private ObjectNode bill(WireRequest r) {
        String on = r.string("PricedOn");
        r.violations().throwIfAny();
        java.time.LocalDate date;
        try {
            date = on == null ? null : java.time.LocalDate.parse(on);
        } catch (java.time.format.DateTimeParseException e) {
            throw DynamoDbException.validation("PricedOn must be a date like 2024-11-01, not \"" + on + "\"");
        }
        try {
            return (ObjectNode) WireJson.parse(handler.billJson(date));
        } catch (IllegalArgumentException e) {
            throw DynamoDbException.validation(e.getMessage());
        }
    }

    /**
     * A what-if replay of a scenario ({@code Scenario}: a shipped name or a file; optional
     * {@code InstanceType} and {@code Shards} for the server cluster): on demand, provisioned, with auto
     * scaling and on the cluster, as {@code {"Outcomes": [...]}}. It runs apart from this api's tables.
     */
    private ObjectNode whatIf(WireRequest r) {
        String scenario = r.string("Scenario");
        String instanceType = r.string("InstanceType");
        Integer shards = r.integer("Shards");
        r.violations().throwIfAny();
        if (scenario == null) throw DynamoDbException.validation("Scenario is required: a shipped scenario's name, e.g. \"daily-peak\", or a file");
        if (shards != null && instanceType == null) {
            throw DynamoDbException.validation("Shards needs InstanceType: the cluster is sized for the peak unless both are given");
        }
        ObjectNode call = WireJson.object();
        call.put("Scenario", scenario);
        if (instanceType != null) call.put("InstanceType", instanceType);
        if (shards != null) call.put("Shards", shards);
        String json;
        try {
            json = handler.whatIfRunner().apply(call);
        } catch (DynamoDbException e) {
            throw e;
        } catch (RuntimeException e) {
            throw DynamoDbException.validation(e.getMessage());
        }
        ObjectNode out = WireJson.object();
        out.set("Outcomes", WireJson.parse(json));
        return out;
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
