package dev.dynasim.engine.sim;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dev.dynasim.engine.model.ProvisionedThroughput;
import dev.dynasim.engine.partition.SizeSplitPolicy;
import dev.dynasim.engine.partition.HeatSplitPolicy;
import dev.dynasim.engine.table.AttributeDefinition;
import dev.dynasim.engine.table.CreateTableRequest;
import dev.dynasim.engine.table.KeySchemaElement;
import dev.dynasim.engine.table.SplitSettings;
import dev.dynasim.engine.trace.NoSplitHelps;
import dev.dynasim.engine.table.UpdateTableRequest;
import dev.dynasim.engine.trace.PartitionSplit;
import dev.dynasim.engine.trace.SplitCancelled;
import dev.dynasim.engine.trace.SplitCause;
import dev.dynasim.engine.trace.SplitDeferred;
import dev.dynasim.engine.trace.SplitStarted;
import dev.dynasim.engine.trace.TickMetrics;
import dev.dynasim.engine.workload.ItemSize;
import dev.dynasim.engine.workload.KeyDistribution;
import dev.dynasim.engine.workload.Operation;
import dev.dynasim.engine.workload.OperationMix;
import dev.dynasim.engine.workload.RateShape;
import dev.dynasim.engine.workload.Workload;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The step loop: determinism, stream independence, hot keys, bursts and splits, with exact numbers. */
class SimulationTest {

    private static CreateTableRequest table(String name, String mode, ProvisionedThroughput throughput) {
        return new CreateTableRequest(name, List.of(new AttributeDefinition("pk", "S")),
                List.of(new KeySchemaElement("pk", "HASH")), mode, throughput, null, null, null);
    }

    private static Workload writes(String table, KeyDistribution keys, double perSecond, String stream) {
        return new Workload(table, keys, RateShape.constant(perSecond),
                OperationMix.only(Operation.PUT).withItemSize(ItemSize.fixed(1_000)), stream);
    }

    private static Simulation mixed(long seed, String secondStream) {
        Simulation sim = new Simulation(seed);
        sim.createTable(table("Orders", "PAY_PER_REQUEST", null));
        sim.createTable(table("Users", "PAY_PER_REQUEST", null));
        sim.addWorkload(new Workload("Orders", KeyDistribution.zipf(1_000, 1.1), RateShape.constant(50),
                OperationMix.of(0.6, 0.3, 0.1, 0, 0), "orders"));
        sim.addWorkload(new Workload("Users", KeyDistribution.uniform(500), RateShape.constant(20),
                OperationMix.of(0.5, 0.5, 0, 0, 0), secondStream));
        return sim;
    }

    @Test
    void sameSeedAndInputs_giveByteIdenticalTraces() {
        Simulation a = mixed(7, "users");
        Simulation b = mixed(7, "users");
        a.run(60);
        b.run(60);
        assertThat(a.trace().toJsonLines()).isEqualTo(b.trace().toJsonLines()).isNotEmpty();
    }

    @Test
    void changingOneWorkloadsStream_leavesTheOtherWorkloadsTrafficUnchanged() {
        Simulation a = mixed(7, "users");
        Simulation b = mixed(7, "users-renamed");
        a.run(60);
        b.run(60);
        assertThat(ordersLines(a)).isEqualTo(ordersLines(b)).isNotEmpty();
        assertThat(a.trace().toJsonLines()).isNotEqualTo(b.trace().toJsonLines());
    }

    private static List<String> ordersLines(Simulation sim) {
        return sim.trace().toJsonLines().lines().filter(l -> l.contains("\"table\":\"Orders\"")).toList();
    }

    @Test
    void hotKey_onDemand_servesOnly1000WritesPerSecond_andNoSplitHelps() {
        // example 33 and F3.13: one hot key caps at 1,000 WCU/s; splitting cannot spread one key
        Simulation sim = new Simulation(1);
        sim.createTable(table("Hot", "PAY_PER_REQUEST", null));
        sim.addWorkload(writes("Hot", KeyDistribution.hotKey(1.0, KeyDistribution.uniform(10)), 1_500, "hot"));
        StepReport report = sim.run(400);
        assertThat(report.served()).isEqualTo(400L * 1_000);
        assertThat(report.throttled()).isEqualTo(400L * 500);
        assertThat(report.splitsStarted()).isZero();
        assertThat(sim.trace().ofType(NoSplitHelps.class)).hasSize(1);
        assertThat(sim.trace().ofType(NoSplitHelps.class).get(0).why()).startsWith("SINGLE_KEY");
        // first the partition is hot but not yet for the 5-minute sustain: a deferred split, reported once
        assertThat(sim.trace().ofType(SplitDeferred.class)).extracting(SplitDeferred::time, SplitDeferred::why)
                .containsExactly(tuple(10_000L, "at or above 80% of its limit of 3,000 read / 1,000 write units/s for 10 s,"
                        + " not yet the 5 min that triggers a split"));
        assertThat(sim.trace().ofType(NoSplitHelps.class).get(0).time()).isEqualTo(300_000L);
    }

    @Test
    void burst_100WcuIdleFor300sThen400WritesPerSecond_lastsExactly100s() {
        // example 26: 100 WCU idle >= 300 s banks 30,000; a 400 WCU spike draws 300/s from it for 100 s
        Simulation sim = new Simulation(1);
        sim.createTable(table("Burst", "PROVISIONED", new ProvisionedThroughput(1, 100)));
        sim.run(300);
        sim.addWorkload(writes("Burst", KeyDistribution.uniform(100_000), 400, "spike"));
        StepReport spike = sim.run(100);
        StepReport after = sim.run(10);
        assertThat(spike.served()).isEqualTo(100L * 400);
        assertThat(spike.throttled()).isZero();
        assertThat(after.served()).isEqualTo(10L * 100);
        assertThat(after.throttled()).isEqualTo(10L * 300);
    }

    @Test
    void growingTable_splitsForSize_afterTheSplitDuration() {
        Simulation sim = new Simulation(3);
        sim.database().splitSettings(new SplitSettings(new SizeSplitPolicy(200_000, 60_000), HeatSplitPolicy.defaults()));
        sim.createTable(table("Grow", "PROVISIONED", new ProvisionedThroughput(100, 100)));
        sim.addWorkload(writes("Grow", KeyDistribution.uniform(1_000_000), 50, "grow"));
        StepReport report = sim.run(120);
        assertThat(report.splitsStarted()).isGreaterThanOrEqualTo(1);
        assertThat(report.splitsCompleted()).isGreaterThanOrEqualTo(1);
        PartitionSplit first = sim.trace().ofType(PartitionSplit.class).get(0);
        assertThat(first.children()).hasSize(2);
        assertThat(first.time() - sim.trace().events().stream()
                .filter(e -> e instanceof dev.dynasim.engine.trace.SplitStarted).findFirst().orElseThrow().time())
                .isEqualTo(60_000);
        assertThat(sim.database().partitions("Grow", null).size()).isEqualTo(1 + report.splitsCompleted());
        assertThat(sim.trace().ofType(TickMetrics.class)).isNotEmpty();
    }

    @Test
    void splitUnderWay_supersededByAThroughputDoubling_isTracedAsCancelled() {
        // a size split takes a minute (here); raising WCU to 2,000 first splits every partition at its middle (F3.10)
        Simulation sim = new Simulation(3);
        sim.database().splitSettings(new SplitSettings(new SizeSplitPolicy(200_000, 60_000), HeatSplitPolicy.defaults()));
        sim.createTable(table("Grow", "PROVISIONED", new ProvisionedThroughput(100, 100)));
        sim.addWorkload(writes("Grow", KeyDistribution.uniform(1_000_000), 50, "grow"));
        for (int i = 0; i < 60 && sim.trace().ofType(SplitStarted.class).isEmpty(); i++) sim.step();
        SplitStarted started = sim.trace().ofType(SplitStarted.class).get(0);
        sim.updateTable(new UpdateTableRequest("Grow", null, null, new ProvisionedThroughput(100, 2_000),
                null, null, null, null));
        sim.step();

        assertThat(sim.trace().ofType(SplitCancelled.class)).singleElement().satisfies(c -> {
            assertThat(c.partition()).isEqualTo(started.partition());
            assertThat(c.cause()).isEqualTo(SplitCause.SIZE);
            assertThat(c.why()).isEqualTo("superseded by a throughput split");
        });
        assertThat(sim.trace().ofType(PartitionSplit.class)).filteredOn(s -> s.parent() == started.partition())
                .singleElement().extracting(PartitionSplit::cause).isEqualTo(SplitCause.THROUGHPUT);
        sim.run(120);
        assertThat(sim.trace().ofType(PartitionSplit.class)).filteredOn(s -> s.parent() == started.partition())
                .hasSize(1);
    }

    @Test
    void rateLevel_hotKey_isCappedLikeItemLevel() {
        // the same ceiling at rate level: one key, 1,500 writes/s of 1 KB, 1,000 served each second
        Simulation sim = new Simulation(1);
        sim.createTable(table("Hot", "PAY_PER_REQUEST", null));
        sim.addRateWorkload(writes("Hot", KeyDistribution.hotKey(1.0, KeyDistribution.uniform(10)), 1_500, "hot"), 10);
        StepReport report = sim.run(60);
        assertThat(report.served()).isEqualTo(60L * 1_000);
        assertThat(report.throttled()).isEqualTo(60L * 500);
    }

    @Test
    void rateLevel_uniformTrafficOverManyPartitions_isServedAndGrowsByTheNewKeysOnly() {
        Simulation sim = new Simulation(1);
        sim.createTable(table("Wide", "PROVISIONED", new ProvisionedThroughput(40_000, 40_000)));
        sim.database().presplit("Wide", 1_000);
        sim.addRateWorkload(writes("Wide", KeyDistribution.uniform(10_000_000), 20_000, "wide"), 16);
        StepReport report = sim.run(30);
        assertThat(report.served()).isEqualTo(30L * 20_000);
        assertThat(report.throttled()).isZero();
        assertThat(report.partitions()).isEqualTo(1_000);
        // 600,000 puts over 10^7 uniform keys write 10^7 (1 - e^-0.06) = 582,355 distinct items (the rest overwrite)
        assertThat(sim.database().describeTable("Wide").itemCount()).isCloseTo(582_355L, org.assertj.core.data.Offset.offset(20L));
        assertThat(sim.database().describeTable("Wide").tableSizeBytes()).isCloseTo(582_355L * 1_000, org.assertj.core.data.Offset.offset(20_000L));
    }

    @Test
    void onDemandTable_atANewPeak_addsPartitions() {
        // F3.14: 6,000 WRU/s is served once the ceiling has grown (2x the previous peak after 30 min),
        // and the new peak needs ceil(12,000/3,000 + 6,000/1,000) = 10 -> 16 partitions
        Simulation sim = new Simulation(1);
        sim.createTable(table("Peak", "PAY_PER_REQUEST", null));
        sim.addRateWorkload(writes("Peak", KeyDistribution.uniform(10_000_000), 6_000, "peak"), 8);
        StepReport report = sim.run(3_700);
        assertThat(sim.database().partitionCount("Peak", null)).isEqualTo(16);
        assertThat(sim.trace().ofType(PartitionSplit.class)).hasSize(8)
                .allMatch(e -> e.cause() == dev.dynasim.engine.trace.SplitCause.THROUGHPUT);
        assertThat(report.throttled()).isPositive();
    }
}
