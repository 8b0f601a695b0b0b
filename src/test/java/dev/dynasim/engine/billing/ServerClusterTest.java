package dev.dynasim.engine.billing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The MongoDB-style server cluster (issue 5) on a fixture catalogue: billed around the clock, a fixed
 * capacity with a FIFO queue in front of it, and slow manual growth. Exact numbers throughout.
 */
class ServerClusterTest {
    private static final long SECOND = 1_000;
    private static final long HOUR = 3_600_000;
    private static final LocalDate ON = LocalDate.of(2026, 11, 24);
    /** Fixture prices, not the shipped catalogue's: "small" is 5,000 reads/s and 2,000 writes/s, "big" twice that. */
    private static final InstanceCatalogue CATALOGUE = new InstanceCatalogue("test-region", ON, "disk", new BigDecimal("0.08"), "fixture",
            List.of(new InstanceType("small", 2, 8, new BigDecimal("0.096"), 5_000, 2_000, 0, "fixture", "fixture"),
                    new InstanceType("big", 4, 16, new BigDecimal("0.192"), 10_000, 4_000, 0, "fixture", "fixture")));

    private static ServerCluster cluster(ClusterSpec spec) {
        return new ServerCluster(CATALOGUE, spec);
    }

    /** Protects the heart of the contrast: servers cost the same busy or idle, by the instance-hour, disks by the GB-month. */
    @Test
    void idleReplicaSet_forADay_isBilledThreeTimesHourlyTimes24Hours() {
        ServerCluster c = cluster(ClusterSpec.replicaSet("small"));
        for (int h = 0; h < 24; h++) {
            ClusterTick t = c.tick(h * HOUR, HOUR, 0, 0);
            assertThat(t.instancesRunning()).isEqualTo(3);
            // 3 x $0.096 + 3 x 100 GB x $0.08 / 720 hours
            assertThat(t.cost().setScale(12, RoundingMode.HALF_UP)).isEqualByComparingTo("0.321333333333");
        }
        assertThat(c.instanceHours()).isEqualByComparingTo("72");
        Bill bill = c.bill(ON);
        assertThat(bill.periodHours()).isEqualByComparingTo("24");
        assertThat(bill.lines().get(0).amount()).isEqualByComparingTo("6.912");
        assertThat(bill.lines().get(1).quantity()).isEqualByComparingTo("10");
        assertThat(bill.total()).isEqualByComparingTo("7.712");
        assertThat(c.cost()).isEqualByComparingTo("7.712");
        assertThat(bill.toString()).isEqualTo("Bill for 24 hours in test-region, prices of 2026-11-24\n"
                + "table           item                    quantity  unit           unit price  amount\n"
                + "server cluster  Instance-hours (small)        72  instance-hour      $0.096   $6.91\n"
                + "server cluster  Storage (disk)                10  GB-month            $0.08   $0.80\n"
                + "                Total                                                         $7.71\n");
    }

    /** Protects the quiet case: below capacity nothing queues and every request sees the base latency. */
    @Test
    void underCapacity_everythingServed_atBaseLatency() {
        ServerCluster c = cluster(ClusterSpec.replicaSet("small"));
        for (int s = 0; s < 3; s++) {
            ClusterTick t = c.tick(s * SECOND, SECOND, 4_000, 1_500);
            assertThat(t.servedReads()).isEqualTo(4_000);
            assertThat(t.servedWrites()).isEqualTo(1_500);
            assertThat(t.queued()).isZero();
            assertThat(t.failed()).isZero();
            assertThat(t.meanLatencyMillis()).isEqualTo(2.0);
            assertThat(t.maxLatencyMillis()).isEqualTo(2.0);
        }
        assertThat(c.served()).isEqualTo(16_500);
    }

    /** Protects the queue: a burst beyond capacity waits (latency climbs a second per second), then fails past the 30 s timeout. */
    @Test
    void burstBeyondCapacity_queuesWithClimbingLatency_thenFailsAfterTheTimeout() {
        ServerCluster c = cluster(ClusterSpec.replicaSet("small"));
        for (int k = 1; k <= 30; k++) {
            ClusterTick t = c.tick((k - 1) * SECOND, SECOND, 0, 4_000);
            assertThat(t.servedWrites()).isEqualTo(2_000);
            assertThat(t.queuedWrites()).isEqualTo(2_000.0 * k);
            assertThat(t.failed()).isZero();
            // the queue ahead grows from 2,000(k-1) to 2,000k writes, served at 2,000 a second
            assertThat(t.meanLatencyMillis()).isEqualTo(2 + 1_000 * (k - 0.5));
            assertThat(t.maxLatencyMillis()).isEqualTo(2 + 1_000.0 * k);
        }
        ClusterTick full = c.tick(30 * SECOND, SECOND, 0, 4_000);
        assertThat(full.servedWrites()).isEqualTo(2_000);
        assertThat(full.failedWrites()).isEqualTo(2_000);
        assertThat(full.queuedWrites()).isEqualTo(60_000);
        assertThat(full.meanLatencyMillis()).isEqualTo(30_002);
        assertThat(c.failed()).isEqualTo(2_000);
        // queued work goes first: new writes wait behind the 60,000 -> 59,000 queued ones
        ClusterTick after = c.tick(31 * SECOND, SECOND, 0, 1_000);
        assertThat(after.servedWrites()).isEqualTo(2_000);
        assertThat(after.queuedWrites()).isEqualTo(59_000);
        assertThat(after.meanLatencyMillis()).isEqualTo(2 + 1_000 * (60_000 + 59_000) / 2.0 / 2_000);
        ClusterTick idle = c.tick(32 * SECOND, SECOND, 0, 0);
        assertThat(idle.meanLatencyMillis()).isZero();
        assertThat(idle.queuedWrites()).isEqualTo(57_000);
    }

    /** Protects "growing it is a manual, slow action": the bill steps up when the resize starts, the capacity when it completes. */
    @Test
    void resize_costStepsUpAtTheStart_capacityOnlyAfterTheDuration() {
        ServerCluster c = cluster(ClusterSpec.replicaSet("small").withResizeMillis(10 * SECOND).withDiskGbPerMember(0));
        for (int s = 0; s < 5; s++) assertThat(c.tick(s * SECOND, SECOND, 0, 3_000).cost()).isEqualByComparingTo("0.00008");
        c.resize(5 * SECOND, "big");
        ClusterTick during = c.tick(5 * SECOND, SECOND, 0, 3_000);
        assertThat(during.instancesRunning()).isEqualTo(6);
        assertThat(during.cost()).isEqualByComparingTo("0.00024");
        assertThat(during.servedWrites()).isEqualTo(2_000);
        assertThat(c.writeCapacityPerSecond(15 * SECOND - 1)).isEqualTo(2_000);
        assertThat(c.writeCapacityPerSecond(15 * SECOND)).isEqualTo(4_000);
        for (int s = 6; s < 15; s++) assertThat(c.tick(s * SECOND, SECOND, 0, 3_000).servedWrites()).isEqualTo(2_000);
        ClusterTick done = c.tick(15 * SECOND, SECOND, 0, 3_000);
        assertThat(done.instancesRunning()).isEqualTo(3);
        assertThat(done.cost()).isEqualByComparingTo("0.00016");
        assertThat(done.servedWrites()).isEqualTo(4_000);
        assertThat(c.bill(ON).lines()).extracting(LineItem::what).containsExactly("Instance-hours (small)", "Instance-hours (big)");
        assertThat(ClusterSpec.replicaSet("small").resizeMillis()).isEqualTo(30 * 60 * SECOND);
    }

    /** Protects the instant of a change: capacity that arrives mid-tick serves only the rest of that tick. */
    @Test
    void resizeCompletingInsideATick_addsCapacityFromThatInstant() {
        ServerCluster c = cluster(ClusterSpec.replicaSet("small").withResizeMillis(10 * SECOND).withDiskGbPerMember(0));
        c.resize(500, "big");
        c.tick(0, 10 * SECOND, 0, 0);
        ClusterTick t = c.tick(10 * SECOND, SECOND, 0, 4_000);
        // half a second at 2,000 writes/s, then half a second at 4,000 writes/s
        assertThat(t.servedWrites()).isEqualTo(3_000);
        assertThat(t.queuedWrites()).isEqualTo(1_000);
        // 3 small for 10.5 s and 3 big for 10.5 s, of which 0.5 s in this tick
        assertThat(c.instanceHours()).isEqualByComparingTo(new BigDecimal(63).divide(new BigDecimal(3_600), MathContext.DECIMAL128));
    }

    /** Protects scale-out: a sharded cluster has a primary per shard, so write capacity (and bill) scale with the shards. */
    @Test
    void shardedCluster_capacityScalesWithShards_andANewShardIsBilledBeforeItHelps() {
        ServerCluster c = cluster(ClusterSpec.sharded("small", 4).withResizeMillis(10 * SECOND).withDiskGbPerMember(0));
        assertThat(c.writeCapacityPerSecond(0)).isEqualTo(8_000);
        assertThat(c.readCapacityPerSecond(0)).isEqualTo(20_000);
        ClusterTick t = c.tick(0, SECOND, 20_000, 8_000);
        assertThat(t.served()).isEqualTo(28_000);
        assertThat(t.meanLatencyMillis()).isEqualTo(2.0);
        assertThat(t.instancesRunning()).isEqualTo(12);
        c.addShard(SECOND);
        assertThat(c.instancesRunning(SECOND)).isEqualTo(15);
        assertThat(c.writeCapacityPerSecond(SECOND)).isEqualTo(8_000);
        assertThat(c.writeCapacityPerSecond(11 * SECOND)).isEqualTo(10_000);
        assertThatThrownBy(() -> c.addShard(5 * SECOND)).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("one manual action at a time");
    }

    /** Protects the read-preference switch: secondary reads spread over every member; writes still need the primary. */
    @Test
    void secondaryReads_multiplyReadCapacityByMembers_notWriteCapacity() {
        ServerCluster c = cluster(ClusterSpec.replicaSet("small").withReadsFromSecondaries(true));
        assertThat(c.readCapacityPerSecond(0)).isEqualTo(15_000);
        assertThat(c.writeCapacityPerSecond(0)).isEqualTo(2_000);
    }

    /** Protects the rules of driving it: contiguous ticks, no acting in the past, no shards for a replica set, known types only. */
    @Test
    void misuse_failsWithAMessageSayingWhatToDo() {
        ServerCluster c = cluster(ClusterSpec.replicaSet("small"));
        c.tick(0, SECOND, 0, 0);
        assertThatThrownBy(() -> c.tick(5 * SECOND, SECOND, 0, 0)).hasMessageContaining("the cluster is at 1000 ms");
        assertThatThrownBy(() -> c.tick(SECOND, SECOND, -1, 0)).hasMessageContaining("counts >= 0");
        assertThatThrownBy(() -> c.resize(0, "big")).hasMessageContaining("cannot start at 0 ms");
        assertThatThrownBy(() -> c.resize(SECOND, "small")).hasMessageContaining("already runs on small");
        assertThatThrownBy(() -> c.resize(SECOND, "huge")).hasMessage("unknown instance type \"huge\" in test-region; known: small, big");
        assertThatThrownBy(() -> c.addShard(SECOND)).isInstanceOf(IllegalStateException.class).hasMessageContaining("ClusterSpec.sharded");
    }

    /** Protects the spec's checks: each bad value is named. */
    @Test
    void badSpec_namesTheField() {
        assertThatThrownBy(() -> new ClusterSpec(ClusterSpec.Topology.REPLICA_SET, "small", 3, 2, false, 1, 0, 0, 0))
                .hasMessageContaining("use the SHARDED topology");
        assertThatThrownBy(() -> ClusterSpec.replicaSet("small").withMembers(0)).hasMessageContaining("membersPerReplicaSet");
        assertThatThrownBy(() -> ClusterSpec.replicaSet("small").withQueueTimeoutMillis(0)).hasMessageContaining("queueTimeoutMillis");
        assertThatThrownBy(() -> ClusterSpec.replicaSet("small").withBaseLatencyMillis(Double.NaN)).hasMessageContaining("baseLatencyMillis");
        assertThatThrownBy(() -> ClusterSpec.sharded("small", 0)).hasMessageContaining("shards must be >= 1");
        assertThatThrownBy(() -> ClusterSpec.replicaSet(" ")).hasMessageContaining("instanceType");
    }
}
