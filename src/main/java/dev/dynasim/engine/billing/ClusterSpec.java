package dev.dynasim.engine.billing;

/**
 * How a MongoDB-style {@link ServerCluster} is laid out (facts M1): a replica set, or a sharded cluster
 * of replica sets, all members of one instance type. Defaults, each a teaching choice:
 * <ul>
 *   <li>3 members per replica set, MongoDB's usual production layout (a replica set may have up to 50);</li>
 *   <li>reads served by the primaries only, MongoDB's default read preference ({@code primary});</li>
 *   <li>a request that would wait more than 30 s in the queue fails, like a driver's 30 s default
 *       {@code serverSelectionTimeoutMS} or a socket timeout;</li>
 *   <li>a base latency of 2 ms for a request that does not queue (an assumption: in-Region, from memory);</li>
 *   <li>a resize or a new shard takes 30 minutes before it adds capacity: growing a server cluster is a
 *       manual, slow action (new instances, initial sync or chunk migration), an assumption;</li>
 *   <li>a 100 GB disk per member, billed whether full or empty (an assumption): the cluster does not
 *       track the data, so the disk does not grow with it.</li>
 * </ul>
 * Config servers and {@code mongos} routers of a sharded cluster are not modelled.
 */
public record ClusterSpec(Topology topology, String instanceType, int membersPerReplicaSet, int shards, boolean readsFromSecondaries,
                          long queueTimeoutMillis, double baseLatencyMillis, long resizeMillis, long diskGbPerMember) {
    /** Members per replica set by default. */
    public static final int DEFAULT_MEMBERS = 3;
    /** Most members a MongoDB replica set can have. */
    public static final int MAX_MEMBERS = 50;
    /** How long a request may wait in the queue before it fails, by default (a driver's 30 s timeout). */
    public static final long DEFAULT_QUEUE_TIMEOUT_MILLIS = 30_000;
    /** Latency of a request that does not queue, by default. */
    public static final double DEFAULT_BASE_LATENCY_MILLIS = 2.0;
    /** How long a resize or a new shard takes to add capacity, by default (30 minutes). */
    public static final long DEFAULT_RESIZE_MILLIS = 1_800_000;
    /** Disk provisioned per member, by default. */
    public static final long DEFAULT_DISK_GB_PER_MEMBER = 100;

    /** A single replica set, or shards each of which is a replica set. */
    public enum Topology {
        /** One replica set: one primary takes every write. */
        REPLICA_SET,
        /** Several replica sets, each owning a slice of the keys (its own primary). */
        SHARDED
    }

    /** Checks the fields; every problem names the field. */
    public ClusterSpec {
        if (topology == null) throw new IllegalArgumentException("topology is required: REPLICA_SET or SHARDED");
        if (instanceType == null || instanceType.isBlank()) throw new IllegalArgumentException("instanceType is required, e.g. \"m6i.large\"");
        if (membersPerReplicaSet < 1 || membersPerReplicaSet > MAX_MEMBERS) {
            throw new IllegalArgumentException("membersPerReplicaSet must be between 1 and " + MAX_MEMBERS + ", not " + membersPerReplicaSet);
        }
        if (shards < 1) throw new IllegalArgumentException("shards must be >= 1, not " + shards);
        if (topology == Topology.REPLICA_SET && shards != 1) {
            throw new IllegalArgumentException("a replica set is exactly 1 shard, not " + shards + "; use the SHARDED topology for more");
        }
        if (queueTimeoutMillis < 1) throw new IllegalArgumentException("queueTimeoutMillis must be >= 1, not " + queueTimeoutMillis);
        if (!(baseLatencyMillis >= 0) || Double.isInfinite(baseLatencyMillis)) {
            throw new IllegalArgumentException("baseLatencyMillis must be a number >= 0, not " + baseLatencyMillis);
        }
        if (resizeMillis < 0) throw new IllegalArgumentException("resizeMillis must be >= 0, not " + resizeMillis);
        if (diskGbPerMember < 0) throw new IllegalArgumentException("diskGbPerMember must be >= 0, not " + diskGbPerMember);
    }

    /** A 3-member replica set of {@code instanceType} with the defaults. */
    public static ClusterSpec replicaSet(String instanceType) {
        return new ClusterSpec(Topology.REPLICA_SET, instanceType, DEFAULT_MEMBERS, 1, false, DEFAULT_QUEUE_TIMEOUT_MILLIS,
                DEFAULT_BASE_LATENCY_MILLIS, DEFAULT_RESIZE_MILLIS, DEFAULT_DISK_GB_PER_MEMBER);
    }

    /** A sharded cluster of {@code shards} 3-member replica sets of {@code instanceType} with the defaults. */
    public static ClusterSpec sharded(String instanceType, int shards) {
        return new ClusterSpec(Topology.SHARDED, instanceType, DEFAULT_MEMBERS, shards, false, DEFAULT_QUEUE_TIMEOUT_MILLIS,
                DEFAULT_BASE_LATENCY_MILLIS, DEFAULT_RESIZE_MILLIS, DEFAULT_DISK_GB_PER_MEMBER);
    }

    /** Instances running when the cluster is as specified: members times shards. */
    public int instances() {
        return membersPerReplicaSet * shards;
    }

    /** This spec with {@code members} per replica set. */
    public ClusterSpec withMembers(int members) {
        return new ClusterSpec(topology, instanceType, members, shards, readsFromSecondaries, queueTimeoutMillis, baseLatencyMillis,
                resizeMillis, diskGbPerMember);
    }

    /** This spec with reads spread over every member ({@code true}) or served by the primaries only. */
    public ClusterSpec withReadsFromSecondaries(boolean secondaries) {
        return new ClusterSpec(topology, instanceType, membersPerReplicaSet, shards, secondaries, queueTimeoutMillis, baseLatencyMillis,
                resizeMillis, diskGbPerMember);
    }

    /** This spec with another queue timeout. */
    public ClusterSpec withQueueTimeoutMillis(long millis) {
        return new ClusterSpec(topology, instanceType, membersPerReplicaSet, shards, readsFromSecondaries, millis, baseLatencyMillis,
                resizeMillis, diskGbPerMember);
    }

    /** This spec with another base latency. */
    public ClusterSpec withBaseLatencyMillis(double millis) {
        return new ClusterSpec(topology, instanceType, membersPerReplicaSet, shards, readsFromSecondaries, queueTimeoutMillis, millis,
                resizeMillis, diskGbPerMember);
    }

    /** This spec with another resize duration. */
    public ClusterSpec withResizeMillis(long millis) {
        return new ClusterSpec(topology, instanceType, membersPerReplicaSet, shards, readsFromSecondaries, queueTimeoutMillis,
                baseLatencyMillis, millis, diskGbPerMember);
    }

    /** This spec with another disk size per member. */
    public ClusterSpec withDiskGbPerMember(long gb) {
        return new ClusterSpec(topology, instanceType, membersPerReplicaSet, shards, readsFromSecondaries, queueTimeoutMillis,
                baseLatencyMillis, resizeMillis, gb);
    }
}
