package dev.dynasim.api;

import dev.dynasim.engine.model.Limits;
import dev.dynasim.engine.table.QueryRequest;
import dev.dynasim.engine.table.ScanRequest;

/** Decodes Query and Scan from wire bodies, with the Segment/TotalSegments shape constraints. */
final class ReadRequests {
    private ReadRequests() {
    }

    /** Query. */
    static QueryRequest query(WireRequest r) {
        QueryRequest request = new QueryRequest(r.requiredString("TableName"), r.string("IndexName"),
                r.string("KeyConditionExpression"), r.string("FilterExpression"), r.string("ProjectionExpression"),
                r.stringMap("ExpressionAttributeNames"), r.values("ExpressionAttributeValues"), r.select(),
                r.integer("Limit"), r.bool("ConsistentRead"), r.optBool("ScanIndexForward"),
                r.values("ExclusiveStartKey"), r.returnConsumedCapacity(), r.strings("AttributesToGet"),
                ItemRequests.expected(r, "KeyConditions"), ItemRequests.expected(r, "QueryFilter"),
                r.conditionalOperator());
        r.violations().throwIfAny();
        return request;
    }

    /** Scan. */
    static ScanRequest scan(WireRequest r) {
        Integer segment = r.integer("Segment");
        Integer totalSegments = r.integer("TotalSegments");
        checkSegments(r, segment, totalSegments);
        ScanRequest request = new ScanRequest(r.requiredString("TableName"), r.string("IndexName"),
                r.string("FilterExpression"), r.string("ProjectionExpression"), r.stringMap("ExpressionAttributeNames"),
                r.values("ExpressionAttributeValues"), r.select(), r.integer("Limit"), r.bool("ConsistentRead"),
                segment, totalSegments, r.values("ExclusiveStartKey"), r.returnConsumedCapacity(),
                r.strings("AttributesToGet"), ItemRequests.expected(r, "ScanFilter"), r.conditionalOperator());
        r.violations().throwIfAny();
        return request;
    }

    /** Segment in [0, TotalSegments - 1] and TotalSegments in [1, 1,000,000] (oracle errors.jsonl scan-segment-*). */
    private static void checkSegments(WireRequest r, Integer segment, Integer totalSegments) {
        if (totalSegments != null && totalSegments < 1) {
            r.violations().add(totalSegments.toString(), r.path("TotalSegments"),
                    "Member must have value greater than or equal to 1");
        } else if (totalSegments != null && totalSegments > Limits.MAX_TOTAL_SEGMENTS) {
            r.violations().add(totalSegments.toString(), r.path("TotalSegments"),
                    "Member must have value less than or equal to " + Limits.MAX_TOTAL_SEGMENTS);
        }
        if (segment == null) return;
        if (segment < 0) {
            r.violations().add(segment.toString(), r.path("Segment"), "Member must have value greater than or equal to 0");
        } else if (totalSegments != null && totalSegments >= 1 && totalSegments <= Limits.MAX_TOTAL_SEGMENTS
                && segment > totalSegments - 1) {
            r.violations().add(segment.toString(), r.path("Segment"),
                    "Member must have value less than or equal to " + (totalSegments - 1));
        } else if (segment > Limits.MAX_TOTAL_SEGMENTS - 1) {
            r.violations().add(segment.toString(), r.path("Segment"),
                    "Member must have value less than or equal to " + (Limits.MAX_TOTAL_SEGMENTS - 1));
        }
    }
}
