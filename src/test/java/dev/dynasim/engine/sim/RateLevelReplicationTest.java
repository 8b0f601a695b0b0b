package dev.dynasim.engine.sim;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dev.dynasim.engine.table.AttributeDefinition;
import dev.dynasim.engine.table.CreateTableRequest;
import dev.dynasim.engine.table.KeySchemaElement;
import dev.dynasim.engine.trace.ReplicationMetrics;
import dev.dynasim.engine.trace.RequestFailed;
import dev.dynasim.engine.workload.ItemSize;
import dev.dynasim.engine.workload.KeyDistribution;
import dev.dynasim.engine.workload.Operation;
import dev.dynasim.engine.workload.OperationMix;
import dev.dynasim.engine.workload.RateShape;
import dev.dynasim.engine.workload.Workload;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Replication's effects at rate level, statistically (facts section 4): refusals during faults, expected stale reads. */
class RateLevelReplicationTest {

    private static Simulation onDemand() {
        Simulation sim = new Simulation(1);
        sim.createTable(new CreateTableRequest("Wide", List.of(new AttributeDefinition("pk", "S")),
                List.of(new KeySchemaElement("pk", "HASH")), "PAY_PER_REQUEST", null, null, null, null));
        return sim;
    }

    @Test
    void leaderZoneDown_writesOnItsPartitionsRefusedForExactlyTheLease() {
        Simulation sim = onDemand();
        // 800 writes/s spread evenly over 8 partitions: 100 per partition per second
        sim.addRateWorkload(new Workload("Wide", KeyDistribution.uniform(1_000_000), RateShape.constant(800),
                OperationMix.only(Operation.PUT).withItemSize(ItemSize.fixed(500)), "w"), 0);
        sim.run(10);
        sim.takeZoneDown("use1-az1");
        StepReport r = sim.run(5);
        assertThat(sim.trace().ofType(RequestFailed.class)).extracting(RequestFailed::time, RequestFailed::partition,
                        RequestFailed::requests, RequestFailed::reason)
                .containsExactly(tuple(11_000L, 0L, 100L, "LEASE_WAIT"), tuple(11_000L, 3L, 100L, "LEASE_WAIT"),
                        tuple(11_000L, 6L, 100L, "LEASE_WAIT"), tuple(12_000L, 0L, 100L, "LEASE_WAIT"),
                        tuple(12_000L, 3L, 100L, "LEASE_WAIT"), tuple(12_000L, 6L, 100L, "LEASE_WAIT"));
        assertThat(r.failed()).isEqualTo(600);
        assertThat(r.served()).isEqualTo(5L * 800 - 600);
    }

    @Test
    void twoZonesDown_everyWriteRefused_eventualReadsServed() {
        Simulation sim = onDemand();
        sim.addRateWorkload(new Workload("Wide", KeyDistribution.uniform(1_000_000), RateShape.constant(800),
                OperationMix.of(1, 1, 0, 0, 0).withItemSize(ItemSize.fixed(500)), "w"), 0);
        sim.run(2);
        sim.takeZoneDown("use1-az1");
        sim.takeZoneDown("use1-az2");
        StepReport r = sim.run(3);
        assertThat(r.failed()).isEqualTo(3L * 400);
        assertThat(r.served()).isEqualTo(3L * 400);
        assertThat(sim.trace().ofType(RequestFailed.class)).extracting(RequestFailed::reason).containsOnly("NO_QUORUM");
    }

    @Test
    void hotKeyReadsAndWrites_staleShareFollowsTheLagModel() {
        Simulation sim = onDemand();
        // one key, 10 writes and 90 eventually consistent reads per second: w = 0.01 writes/ms, mean lag 50 ms;
        // two reads in three go to a follower, stale with chance w*mean / (1 + w*mean) = 1/3: 2/9 of 90 = 20 per second
        sim.addRateWorkload(new Workload("Wide", KeyDistribution.hotKey(1.0, KeyDistribution.uniform(10)), RateShape.constant(100),
                OperationMix.of(9, 1, 0, 0, 0).withItemSize(ItemSize.fixed(500)), "hot"), 1);
        sim.run(3);
        assertThat(sim.trace().ofType(ReplicationMetrics.class)).extracting(ReplicationMetrics::eventualReads,
                ReplicationMetrics::staleReads).containsOnly(tuple(90L, 20L));
    }
}
