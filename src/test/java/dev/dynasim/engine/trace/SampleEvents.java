package dev.dynasim.engine.trace;

import dev.dynasim.engine.model.BillingMode;
import java.util.List;

/** One event of every type, in time order, for tests. */
final class SampleEvents {
    static final String TOKEN = "80000000000000000000000000000000";

    private SampleEvents() {
    }

    static List<TraceEvent> all() {
        return List.of(
                new TableCreated(0, "T", BillingMode.PROVISIONED, 3000, 1000, 2, List.of(), List.of("00000000000000000000000000000000", TOKEN)),
                new RequestServed(1000, "T", null, 0, "PutItem", 0, 1, TOKEN),
                new RequestThrottled(1000, "T", null, 0, "PutItem", 0, 1, TOKEN, "TableWriteKeyRangeThroughputExceeded"),
                new TickMetrics(1000, "T", null, 0, 0, 1, 0, 1, 1, 1, 1100, 2),
                new SplitDeferred(2000, "T", null, 0, SplitCause.HEAT, "heat not sustained"),
                new NoSplitHelps(3000, "T", null, 0, "single key", TOKEN),
                new SplitStarted(4000, "T", null, 1, SplitCause.SIZE, TOKEN, 304_000),
                new SplitCancelled(4500, "T", null, 0, SplitCause.HEAT, "superseded by a throughput split"),
                new CapacityChanged(5000, "T", null, BillingMode.PROVISIONED, 3000, 2000),
                new PartitionSplit(304_000, "T", null, 1, List.of(2L, 3L), SplitCause.SIZE, TOKEN),
                new ZoneChanged(305_000, "T", "use1-az1", false),
                new ReplicaChanged(305_000, "T", null, 2, "LEADER_ELECTED", "use1-az2", "serves from 307000 ms"),
                new RequestFailed(306_000, "T", null, 2, "PutItem", 3, "InternalServerError", "LEASE_WAIT"),
                new ReplicationMetrics(306_000, "T", 10, 2, 1, 40, 5, 30, 90, 95, 3, 0),
                new AvailabilityWindow(600_000, "T", 300_000, 1_000, 3, 0.997),
                new ScalingActivity(600_000, "T", "write", 100, 200, "decided", "2 minutes above the 70% target"),
                new AccessDenied(601_000, "T", "arn:aws:iam::123456789012:user/alice", "GetItem", 4, "User: arn:aws:iam::123456789012:user/alice"
                        + " is not authorized to perform: dynamodb:GetItem on resource: arn:aws:dynamodb:ddblocal:000000000000:table/T"
                        + " because no identity-based policy allows the dynamodb:GetItem action"));
    }
}
