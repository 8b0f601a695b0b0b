package dev.dynasim.engine.sim;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.dynasim.engine.model.ProvisionedThroughput;
import dev.dynasim.engine.table.AttributeDefinition;
import dev.dynasim.engine.table.CreateTableRequest;
import dev.dynasim.engine.table.IndexDefinition;
import dev.dynasim.engine.table.KeySchemaElement;
import dev.dynasim.engine.trace.RequestServed;
import dev.dynasim.engine.trace.SplitDeferred;
import dev.dynasim.engine.trace.TickMetrics;
import dev.dynasim.engine.workload.ItemSize;
import dev.dynasim.engine.workload.KeyDistribution;
import dev.dynasim.engine.workload.Operation;
import dev.dynasim.engine.workload.OperationMix;
import dev.dynasim.engine.workload.PhasedRate;
import dev.dynasim.engine.workload.RateShape;
import dev.dynasim.engine.workload.Workload;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Rate-level bookkeeping: shared gates, whole inserts, carried bytes, and the trace's per-tick records. */
class RateLevelAccountingTest {

    private static Simulation table(String mode, ProvisionedThroughput t) {
        Simulation sim = new Simulation(1);
        sim.createTable(new CreateTableRequest("Tab", List.of(new AttributeDefinition("pk", "S")),
                List.of(new KeySchemaElement("pk", "HASH")), mode, t, null, null, null));
        return sim;
    }

    @Test
    void getsAndQueries_shareThrottledReadCapacityInProportion() {
        Simulation sim = table("PROVISIONED", new ProvisionedThroughput(100L, 100L));
        sim.addRateWorkload(new Workload("Tab", KeyDistribution.uniform(1_000_000), RateShape.constant(1_000),
                OperationMix.of(1, 0, 0, 1, 0), "reads"), 0);
        sim.run(10);
        // 1,000 reads/s of 0.5 RCU on 100 RCU: 200 served per second once the burst bank is spent, half each
        List<RequestServed> last = sim.trace().ofType(RequestServed.class).stream().filter(e -> e.time() == 10_000).toList();
        assertThat(last).extracting(RequestServed::operation).containsExactly("GetItem", "Query");
        assertThat(last.get(0).requests()).isEqualTo(last.get(1).requests());
    }

    @Test
    void offeredTraffic_isRecordedEvenWhenServingTheTickThrows() {
        Simulation sim = table("PAY_PER_REQUEST", null);
        sim.addRateWorkload(new Workload("Tab", KeyDistribution.uniform(1_000_000), RateShape.constant(100),
                OperationMix.only(Operation.PUT).withItemSize(ItemSize.fixed(1_000)), "puts"), 0);
        OfferedTraffic offered = new OfferedTraffic(1_000);
        sim.recordOfferedTraffic(offered);
        sim.step();
        // the table is gone: serving the next tick fails with ResourceNotFoundException, but its 100 writes were still offered
        sim.database().deleteTable("Tab");
        StepReport refused = sim.step();
        assertThat(refused.failed()).isEqualTo(1);
        assertThat(offered.ticks()).isEqualTo(2);
        assertThat(offered.writes(0)).isEqualTo(100);
        assertThat(offered.writes(1)).isEqualTo(100);
        assertThat(offered.reads(1)).isZero();
    }

    @Test
    void heavyHitters_eachInsertOneWholeItem_evenWithFewerThanOnePutPerTick() {
        Simulation sim = table("PAY_PER_REQUEST", null);
        // 100 keys, all heavy hitters, 10 puts/s: each key gets 0.1 put per second
        sim.addRateWorkload(new Workload("Tab", KeyDistribution.uniform(100), RateShape.constant(10),
                OperationMix.only(Operation.PUT).withItemSize(ItemSize.fixed(1_000)), "puts"), 100);
        sim.run(1_000);
        assertThat(sim.database().describeTable("Tab").itemCount()).isEqualTo(100);
        assertThat(sim.database().describeTable("Tab").tableSizeBytes()).isEqualTo(100L * 1_000);
    }

    @Test
    void smallInsertsSpreadThin_stillGrowTheTableByTheirBytes() {
        Simulation sim = table("PROVISIONED", new ProvisionedThroughput(1_000L, 1_000L));
        sim.database().presplit("Tab", 1_000);
        sim.addRateWorkload(new Workload("Tab", KeyDistribution.sequential(), RateShape.constant(10),
                OperationMix.only(Operation.PUT).withItemSize(ItemSize.fixed(40)), "puts"), 0);
        sim.run(1_000);
        // 10,000 new items of 40 B over 1,000 partitions: 0.01 item per partition per tick
        assertThat(sim.database().describeTable("Tab").itemCount()).isEqualTo(10_000);
        assertThat(sim.database().describeTable("Tab").tableSizeBytes()).isBetween(10_000L * 40 - 1_000, 10_000L * 40);
    }

    @Test
    void splitDeferred_reportedOncePerHotSpell_atRateLevel() {
        // one partition (ceil(1/3000 + 900/1000) = 1) at 900 WCU/s: 90% of its 1,000 WCU limit, hot
        Simulation sim = table("PROVISIONED", new ProvisionedThroughput(1L, 900L));
        RateShape twoSpells = RateShape.phases(List.of(new PhasedRate.Phase(0, RateShape.constant(900)),
                new PhasedRate.Phase(60_000, RateShape.constant(0)), new PhasedRate.Phase(120_000, RateShape.constant(900)),
                new PhasedRate.Phase(180_000, RateShape.constant(0))));
        sim.addRateWorkload(new Workload("Tab", KeyDistribution.uniform(1_000_000), twoSpells,
                OperationMix.only(Operation.PUT).withItemSize(ItemSize.fixed(1_000)), "spells"), 0);
        sim.run(240);
        assertThat(sim.trace().ofType(SplitDeferred.class)).hasSize(2);
    }

    @Test
    void partitionMetricsTurnedBackOn_firstTracedTickHasItsRequestServedEvents() {
        Simulation sim = table("PAY_PER_REQUEST", null);
        sim.addWorkload(new Workload("Tab", KeyDistribution.uniform(10), RateShape.constant(5), OperationMix.only(Operation.PUT), "w"));
        sim.tracePartitionMetrics(false);
        sim.run(3);
        sim.tracePartitionMetrics(true);
        sim.run(2);
        assertThat(sim.trace().ofType(TickMetrics.class)).extracting(TickMetrics::time).containsOnly(4_000L, 5_000L);
        assertThat(sim.trace().ofType(RequestServed.class)).extracting(RequestServed::time).contains(4_000L, 5_000L);
    }

    @Test
    void rateLevel_refusesSortKeysAndTablesWithGsis() {
        Simulation sim = new Simulation(1);
        sim.createTable(new CreateTableRequest("Indexed", List.of(new AttributeDefinition("pk", "S"), new AttributeDefinition("g", "S")),
                List.of(new KeySchemaElement("pk", "HASH")), "PAY_PER_REQUEST", null,
                List.of(new IndexDefinition("ByG", List.of(new KeySchemaElement("g", "HASH")), "ALL", null, null)), null, null));
        Workload w = new Workload("Indexed", KeyDistribution.uniform(10), RateShape.constant(1), OperationMix.only(Operation.PUT), "w");
        assertThatThrownBy(() -> sim.addRateWorkload(w, 1)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("workload w: table Indexed has GSIs, which rate level does not model (add it as an item-level workload)");
        assertThatThrownBy(() -> sim.addRateWorkload(w.withSortKeys(KeyDistribution.uniform(2)), 1))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("workload w: sort keys are not modelled at rate level");
    }
}
