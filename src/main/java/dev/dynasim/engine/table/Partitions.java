package dev.dynasim.engine.table;

import dev.dynasim.engine.capacity.CapacityClaim;
import dev.dynasim.engine.capacity.OnDemandCapacity;
import dev.dynasim.engine.capacity.OnDemandSpec;
import dev.dynasim.engine.capacity.OperationType;
import dev.dynasim.engine.capacity.PartitionLimit;
import dev.dynasim.engine.capacity.ProvisionedPartitionCapacity;
import dev.dynasim.engine.capacity.ResourceType;
import dev.dynasim.engine.capacity.ThroughputGate;
import dev.dynasim.engine.model.AttributeValue;
import dev.dynasim.engine.model.BillingMode;
import dev.dynasim.engine.model.ProvisionedThroughput;
import dev.dynasim.engine.partition.KeyHasher;
import dev.dynasim.engine.partition.Partition;
import dev.dynasim.engine.partition.PartitionId;
import dev.dynasim.engine.partition.PartitionMap;
import dev.dynasim.engine.partition.Throughput;
import dev.dynasim.engine.partition.Token;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The partitions of a table or a GSI and the capacity each may use: the partition map over the
 * hashed key space, one read and one write gate per partition (the allocated rate with burst when
 * provisioned, the hard per-partition ceiling when on demand), and the table-wide on-demand gates.
 * Capacity changes keep the partitions: they only ever split (F3.14).
 */
final class Partitions {
    private final ResourceType resource;
    private final String arn;
    private final PartitionMap map;
    private final Map<PartitionId, ThroughputGate[]> gates = new HashMap<>();
    private BillingMode mode;
    private OnDemandCapacity onDemandRead;
    private OnDemandCapacity onDemandWrite;
    private double highestRead;
    private double highestWrite;

    private Partitions(ResourceType resource, String arn, PartitionMap map, BillingMode mode,
                       ProvisionedThroughput throughput, long now) {
        this.resource = resource;
        this.arn = arn;
        this.map = map;
        this.mode = mode;
        if (mode == BillingMode.PAY_PER_REQUEST) {
            onDemandRead = OnDemandCapacity.newTable(resource, OperationType.Read, OnDemandSpec.defaults(OperationType.Read), now);
            onDemandWrite = OnDemandCapacity.newTable(resource, OperationType.Write, OnDemandSpec.defaults(OperationType.Write), now);
        } else {
            highestRead = throughput.readCapacityUnits();
            highestWrite = throughput.writeCapacityUnits();
        }
        syncGates(now);
    }

    /** The partitions of a new table or GSI: sized for its throughput, or for on-demand warm throughput (F3.10, F3.22). */
    static Partitions create(ResourceType resource, String arn, BillingMode mode, ProvisionedThroughput throughput, long now) {
        PartitionMap map = mode == BillingMode.PAY_PER_REQUEST || throughput == null
                ? PartitionMap.onDemand()
                : PartitionMap.provisioned(throughput.readCapacityUnits(), throughput.writeCapacityUnits());
        return new Partitions(resource, arn, map, mode, throughput == null ? ProvisionedThroughput.NONE : throughput, now);
    }

    /** The partition map, for students to look at. */
    PartitionMap map() {
        return map;
    }

    /** The ARN named in ThrottlingReasons. */
    String arn() {
        return arn;
    }

    /** The partition that holds a partition key value. */
    Partition route(AttributeValue partitionKey) {
        return map.route(partitionKey);
    }

    /** Adds stored bytes to the partition of a key value. */
    void addStoredBytes(AttributeValue partitionKey, long delta) {
        if (delta != 0) map.addStoredBytes(KeyHasher.token(partitionKey), delta);
    }

    /** The claims a request of {@code units} on the partition of {@code partitionKey} makes. */
    void claims(List<CapacityClaim> out, AttributeValue partitionKey, OperationType operation, double units) {
        claims(out, KeyHasher.token(partitionKey), operation, units);
    }

    /** The claims a request of {@code units} on the partition of {@code token} makes. */
    void claims(List<CapacityClaim> out, Token token, OperationType operation, double units) {
        if (units <= 0) return;
        ThroughputGate[] g = gates.get(map.route(token).id());
        out.add(new CapacityClaim(g[operation.ordinal()], units));
        if (mode == BillingMode.PAY_PER_REQUEST) {
            out.add(new CapacityClaim(operation == OperationType.Read ? onDemandRead : onDemandWrite, units));
        }
    }

    /**
     * Applies a new billing mode or provisioned throughput: raising it beyond what the partitions
     * support doubles them (F3.10); lowering it or switching mode keeps them (F3.14); switching to
     * on demand keeps at least the highest provisioned figures (F3.24).
     */
    void reprovision(BillingMode newMode, ProvisionedThroughput throughput, long now) {
        if (newMode == BillingMode.PROVISIONED) {
            highestRead = Math.max(highestRead, throughput.readCapacityUnits());
            highestWrite = Math.max(highestWrite, throughput.writeCapacityUnits());
            map.provision(new Throughput(throughput.readCapacityUnits(), throughput.writeCapacityUnits()));
        } else if (mode == BillingMode.PROVISIONED) {
            onDemandRead = OnDemandCapacity.switchedFromProvisioned(resource, OperationType.Read,
                    OnDemandSpec.defaults(OperationType.Read), highestRead, now);
            onDemandWrite = OnDemandCapacity.switchedFromProvisioned(resource, OperationType.Write,
                    OnDemandSpec.defaults(OperationType.Write), highestWrite, now);
        }
        if (newMode != mode) gates.clear();
        mode = newMode;
        syncGates(now);
    }

    /** Gives every current partition its gates, with the allocation the map holds. */
    private void syncGates(long now) {
        Map<PartitionId, ThroughputGate[]> current = new HashMap<>();
        for (Partition p : map.partitions()) {
            ThroughputGate[] g = gates.get(p.id());
            if (g == null) {
                g = mode == BillingMode.PAY_PER_REQUEST
                        ? new ThroughputGate[] {
                            PartitionLimit.standard(resource, OperationType.Read, now),
                            PartitionLimit.standard(resource, OperationType.Write, now)}
                        : new ThroughputGate[] {
                            ProvisionedPartitionCapacity.of(resource, OperationType.Read, p.allocated().readUnits(), now),
                            ProvisionedPartitionCapacity.of(resource, OperationType.Write, p.allocated().writeUnits(), now)};
            } else if (mode == BillingMode.PROVISIONED) {
                ((ProvisionedPartitionCapacity) g[0]).setAllocatedRate(p.allocated().readUnits(), now);
                ((ProvisionedPartitionCapacity) g[1]).setAllocatedRate(p.allocated().writeUnits(), now);
            }
            current.put(p.id(), g);
        }
        gates.clear();
        gates.putAll(current);
    }
}
