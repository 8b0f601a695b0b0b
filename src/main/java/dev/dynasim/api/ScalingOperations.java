package dev.dynasim.api;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.dynasim.engine.billing.AutoScalingPolicy;
import dev.dynasim.engine.model.DynamoDbException;
import dev.dynasim.engine.sim.AutoScaling;
import dev.dynasim.engine.trace.ScalingActivity;
import java.util.List;

/**
 * Auto scaling through the JSON API (P13-P15): {@code DynasimPutScalingPolicy} turns on target
 * tracking of a provisioned table's reads and/or writes, as Application Auto Scaling does in
 * DynamoDB; {@code DynasimDescribeScalingActivities} lists what it decided, applied and was refused.
 * The policies act as simulated time passes between requests.
 */
final class ScalingOperations {
    private final AutoScaling autoScaling;
    private final List<ScalingActivity> activities;

    ScalingOperations(AutoScaling autoScaling, List<ScalingActivity> activities) {
        this.autoScaling = autoScaling;
        this.activities = activities;
    }

    /**
     * {@code {"TableName", "ReadCapacity": {"MinCapacity", "MaxCapacity", "TargetValue"}, "WriteCapacity": {...}}}:
     * MaxCapacity is required, MinCapacity defaults to 5 and TargetValue (a percentage) to 70, as the console's defaults (P14).
     */
    ObjectNode putPolicy(WireRequest r) {
        String table = r.string("TableName");
        WireRequest read = r.object("ReadCapacity");
        WireRequest write = r.object("WriteCapacity");
        r.violations().throwIfAny();
        if (table == null) throw DynamoDbException.validation("TableName is required");
        if (read == null && write == null) {
            throw DynamoDbException.validation("give ReadCapacity, WriteCapacity or both, e.g. {\"MaxCapacity\": 1000, \"TargetValue\": 70}");
        }
        AutoScalingPolicy readPolicy = read == null ? null : policy(read, "ReadCapacity");
        AutoScalingPolicy writePolicy = write == null ? null : policy(write, "WriteCapacity");
        autoScaling.put(table, readPolicy, writePolicy);
        ObjectNode out = WireJson.object();
        out.put("TableName", table);
        if (readPolicy != null) out.set("ReadCapacity", describe(readPolicy));
        if (writePolicy != null) out.set("WriteCapacity", describe(writePolicy));
        return out;
    }

    private static AutoScalingPolicy policy(WireRequest r, String name) {
        Long min = r.longValue("MinCapacity");
        Long max = r.longValue("MaxCapacity");
        JsonNode target = r.node("TargetValue");
        r.violations().throwIfAny();
        if (max == null) throw DynamoDbException.validation(name + ".MaxCapacity is required");
        long minimum = min == null ? AutoScalingPolicy.DEFAULT_MIN : min;
        if (minimum < 1 || max < minimum) {
            throw DynamoDbException.validation(name + ": MinCapacity must be at least 1 and no more than MaxCapacity (got " + minimum
                    + " and " + max + ")");
        }
        if (target != null && !target.isNumber()) throw DynamoDbException.validation(name + ".TargetValue must be a number (a percentage)");
        double percent = target == null ? AutoScalingPolicy.DEFAULT_TARGET * 100 : target.doubleValue();
        if (!(percent >= AutoScalingPolicy.MIN_TARGET * 100 && percent <= AutoScalingPolicy.MAX_TARGET * 100)) {
            throw DynamoDbException.validation(name + ".TargetValue must be between " + Math.round(AutoScalingPolicy.MIN_TARGET * 100)
                    + " and " + Math.round(AutoScalingPolicy.MAX_TARGET * 100) + " (percent utilization), not " + target);
        }
        return AutoScalingPolicy.of(minimum, max, percent / 100);
    }

    private static ObjectNode describe(AutoScalingPolicy p) {
        ObjectNode o = WireJson.object();
        o.put("MinCapacity", p.minCapacity());
        o.put("MaxCapacity", p.maxCapacity());
        o.put("TargetValue", p.targetUtilization() * 100);
        return o;
    }

    /** {@code {"TableName"?}}: the scaling activities so far, oldest first, of one table or of all. */
    ObjectNode describeActivities(WireRequest r) {
        String table = r.string("TableName");
        r.violations().throwIfAny();
        ObjectNode out = WireJson.object();
        ArrayNode list = out.putArray("ScalingActivities");
        for (ScalingActivity a : activities) {
            if (table != null && !table.equals(a.table())) continue;
            ObjectNode o = list.addObject();
            o.put("Time", a.time());
            o.put("TableName", a.table());
            o.put("Dimension", a.dimension());
            o.put("FromCapacity", a.fromCapacity());
            o.put("ToCapacity", a.toCapacity());
            o.put("Status", a.status());
            o.put("Why", a.why());
        }
        return out;
    }
}
