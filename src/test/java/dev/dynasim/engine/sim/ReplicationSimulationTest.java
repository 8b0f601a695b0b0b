package dev.dynasim.engine.sim;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dev.dynasim.engine.table.AttributeDefinition;
import dev.dynasim.engine.table.CreateTableRequest;
import dev.dynasim.engine.table.KeySchemaElement;
import dev.dynasim.engine.trace.ReplicaChanged;
import dev.dynasim.engine.trace.ReplicationMetrics;
import dev.dynasim.engine.trace.RequestFailed;
import dev.dynasim.engine.trace.ZoneChanged;
import dev.dynasim.engine.workload.ItemSize;
import dev.dynasim.engine.workload.KeyDistribution;
import dev.dynasim.engine.workload.Operation;
import dev.dynasim.engine.workload.OperationMix;
import dev.dynasim.engine.workload.RateShape;
import dev.dynasim.engine.workload.Workload;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/** Availability Zone faults through the step loop (facts F4.6, worked example 48). */
class ReplicationSimulationTest {

    /** An on-demand table of 8 partitions (warm throughput), leaders spread: partition n leads from zone n mod 3. */
    private static Simulation orders(long seed) {
        Simulation sim = new Simulation(seed);
        sim.createTable(new CreateTableRequest("Orders", List.of(new AttributeDefinition("pk", "S")),
                List.of(new KeySchemaElement("pk", "HASH")), "PAY_PER_REQUEST", null, null, null, null));
        sim.addWorkload(new Workload("Orders", KeyDistribution.uniform(10_000), RateShape.constant(400),
                OperationMix.of(1, 1, 0, 0, 0).withItemSize(ItemSize.fixed(500)).withStrongShare(0.5), "shop"));
        return sim;
    }

    @Test
    void oneZoneDown_leaderPartitionsPauseWritesAndStrongReadsForExactlyTheLease_eventualReadsNeverPause() {
        Simulation sim = orders(4);
        sim.run(10);
        sim.takeZoneDown("use1-az1");
        sim.run(10);
        // partitions 0, 3 and 6 led from use1-az1: new leaders in use1-az2, serving from 12,000 ms
        assertThat(sim.trace().ofType(ReplicaChanged.class).stream().filter(e -> e.change().equals("LEADER_ELECTED")))
                .extracting(ReplicaChanged::time, ReplicaChanged::partition, ReplicaChanged::zone)
                .containsExactly(tuple(10_000L, 0L, "use1-az2"), tuple(10_000L, 3L, "use1-az2"), tuple(10_000L, 6L, "use1-az2"));
        List<RequestFailed> failed = sim.trace().ofType(RequestFailed.class);
        // only in the two ticks [10 s, 12 s), only on those partitions, only writes and strong reads
        assertThat(failed).extracting(RequestFailed::time).containsOnly(11_000L, 12_000L);
        assertThat(failed).extracting(RequestFailed::partition).containsOnly(0L, 3L, 6L);
        assertThat(failed).extracting(RequestFailed::reason).containsOnly("LEASE_WAIT");
        assertThat(failed).extracting(RequestFailed::operation).containsOnly("PutItem", "GetItem");
        assertThat(sim.trace().ofType(ZoneChanged.class)).extracting(ZoneChanged::zone, ZoneChanged::up)
                .containsExactly(tuple("use1-az1", false));
        List<ReplicationMetrics> metrics = sim.trace().ofType(ReplicationMetrics.class);
        assertThat(metrics.stream().mapToLong(ReplicationMetrics::readsRefused).sum())
                .isEqualTo(failed.stream().filter(f -> f.operation().equals("GetItem")).mapToLong(RequestFailed::requests).sum());
    }

    @Test
    void twoZonesDown_everyPartitionRefusesWrites_eventualReadsFromTheSurvivorSucceed() {
        Simulation sim = orders(4);
        sim.run(5);
        sim.takeZoneDown("use1-az1");
        sim.takeZoneDown("use1-az2");
        StepReport r = sim.run(5);
        List<RequestFailed> failed = sim.trace().ofType(RequestFailed.class);
        Set<Long> partitions = new TreeSet<>();
        failed.stream().filter(f -> f.operation().equals("PutItem")).forEach(f -> partitions.add(f.partition()));
        assertThat(partitions).containsExactly(0L, 1L, 2L, 3L, 4L, 5L, 6L, 7L);
        assertThat(failed).extracting(RequestFailed::reason).containsOnly("NO_QUORUM");
        // every put and every strong get fails; every eventual get is served: about a quarter of 2,000 requests
        long putsAndStrongGets = failed.stream().mapToLong(RequestFailed::requests).sum();
        assertThat(r.failed()).isEqualTo(putsAndStrongGets);
        assertThat(r.served()).isEqualTo(5L * 400 - putsAndStrongGets);
        assertThat(r.served()).isBetween(400L, 600L);
    }

    @Test
    void sameSeedSameFaults_identicalTrace() {
        Simulation a = orders(9);
        Simulation b = orders(9);
        for (Simulation s : List.of(a, b)) {
            s.run(3);
            s.takeZoneDown("use1-az3");
            s.slowReplica("Orders", null, 1, "use1-az2", 3_000);
            s.run(10);
            s.bringZoneUp("use1-az3");
            s.run(5);
        }
        assertThat(a.trace().toJsonLines()).isEqualTo(b.trace().toJsonLines());
        assertThat(a.trace().ofType(ReplicaChanged.class)).extracting(ReplicaChanged::change)
                .contains("REPLICA_DOWN", "LEADER_ELECTED", "REPLICA_SLOWED", "LOG_REPLICA_ADDED", "REPLICA_UP");
    }

    @Test
    void throttledEventualReads_areNotCountedAsReplicaReads() {
        Simulation sim = new Simulation(2);
        sim.createTable(new CreateTableRequest("Tiny", List.of(new AttributeDefinition("pk", "S")),
                List.of(new KeySchemaElement("pk", "HASH")), "PROVISIONED", new dev.dynasim.engine.model.ProvisionedThroughput(1L, 1L),
                null, null, null));
        sim.addWorkload(new Workload("Tiny", KeyDistribution.uniform(10), RateShape.constant(100), OperationMix.only(Operation.GET),
                "reads"));
        StepReport r = sim.run(5);
        assertThat(r.throttled()).isPositive();
        assertThat(sim.trace().ofType(ReplicationMetrics.class).stream().mapToLong(ReplicationMetrics::eventualReads).sum())
                .isEqualTo(r.served());
    }
}
