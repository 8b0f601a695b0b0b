package dev.dynasim.engine.table;

import dev.dynasim.engine.partition.Partition;
import dev.dynasim.engine.partition.PartitionId;
import dev.dynasim.engine.replication.ReplicaGroup;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The replica groups of one table's or GSI's partitions, by partition id. A partition's group is made
 * when first asked for, its leader in the zone of slot (partition number mod 3), so that leaders are
 * spread across the zones (F4.1); the children of a split start as copies of their parent's group.
 */
final class PartitionReplicas {
    private final ReplicationContext context;
    private final Map<PartitionId, ReplicaGroup> groups = new HashMap<>();

    PartitionReplicas(ReplicationContext context) {
        this.context = context;
    }

    /** The group of a partition, made to fit the zones down now if it is new. */
    ReplicaGroup of(PartitionId id) {
        ReplicaGroup g = groups.get(id);
        if (g == null) {
            g = new ReplicaGroup(context.region(), context.health, (int) (id.number() % 3)).startedAt(context.clock.getAsLong());
            groups.put(id, g);
        }
        return g;
    }

    /** A split: each child starts with a copy of the parent's group (faults included); the parent's is dropped. */
    void split(PartitionId parent, List<Partition> children) {
        ReplicaGroup g = of(parent);
        for (Partition c : children) groups.put(c.id(), g.copy());
        groups.remove(parent);
        context.faultySlots += (long) g.faultySlots() * (children.size() - 1);
    }

    /** Forgets every group (the partitions were laid out afresh). */
    void reset() {
        for (ReplicaGroup g : groups.values()) context.faultySlots -= g.faultySlots();
        groups.clear();
    }

    /** Refreshes the groups of the live partitions at {@code now}, in key order, recording what happened. */
    void refresh(List<Partition> live, String table, String index, long now) {
        for (Partition p : live) {
            List<dev.dynasim.engine.replication.ReplicationEvent> events = of(p.id()).refresh(now, context.settings);
            if (!events.isEmpty()) context.record(table, index, p.id().number(), events);
        }
    }

    /** The groups of the live partitions, in key order. */
    List<ReplicaGroup> groupsOf(List<Partition> live) {
        List<ReplicaGroup> out = new ArrayList<>(live.size());
        for (Partition p : live) out.add(of(p.id()));
        return out;
    }
}
