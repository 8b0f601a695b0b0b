package dev.dynasim.engine.sim;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dev.dynasim.engine.model.ProvisionedThroughput;
import dev.dynasim.engine.table.AttributeDefinition;
import dev.dynasim.engine.table.CreateTableRequest;
import dev.dynasim.engine.table.KeySchemaElement;
import dev.dynasim.engine.trace.TickMetrics;
import dev.dynasim.engine.workload.ItemSize;
import dev.dynasim.engine.workload.KeyDistribution;
import dev.dynasim.engine.workload.Operation;
import dev.dynasim.engine.workload.OperationMix;
import dev.dynasim.engine.workload.RateShape;
import dev.dynasim.engine.workload.Workload;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A workload's scans: item level walks the table page by page, rate level spreads pages by key-space share. */
class ScanWorkloadTest {
    private static final OperationMix SCANS = OperationMix.only(Operation.SCAN);

    /** 9,000 RCU and 1,000 WCU: ceil(9000/3000 + 1000/1000) = 4 partitions (F3.10). */
    private static Simulation fourPartitions() {
        Simulation sim = new Simulation(3);
        sim.createTable(new CreateTableRequest("Tab", List.of(new AttributeDefinition("pk", "S")),
                List.of(new KeySchemaElement("pk", "HASH")), "PROVISIONED", new ProvisionedThroughput(9_000L, 1_000L),
                null, null, null));
        return sim;
    }

    @Test
    void itemLevel_successiveScansReadTheNextPage_walkingThePartitionsInKeyOrder() {
        Simulation sim = fourPartitions();
        // 400 items of 1,000 B at 0:00, then one scan per second from 0:02 to 0:06
        sim.addWorkload(new Workload("Tab", KeyDistribution.sequential(), RateShape.spike(0, 400, 0, 1_000),
                OperationMix.only(Operation.PUT).withItemSize(ItemSize.fixed(1_000)), "load"));
        sim.addWorkload(new Workload("Tab", KeyDistribution.uniform(1), RateShape.spike(0, 1, 2_000, 4_000), SCANS, "scan"));
        sim.run(6);
        List<TickMetrics> reads = sim.trace().ofType(TickMetrics.class).stream().filter(m -> m.consumedReadUnits() > 0).toList();
        // the partitions hold 100, 119, 87 and 94 of the items; each page is 100 items of about 1,008 B
        // (12.5 RCU eventually consistent), read in key order and split between the partitions it crosses,
        // one request on each partition touched
        assertThat(reads).extracting(TickMetrics::time, TickMetrics::partition, TickMetrics::consumedReadUnits, TickMetrics::servedRequests)
                .containsExactly(
                        tuple(3_000L, 0L, 12.5, 1L),
                        tuple(4_000L, 1L, 12.5, 1L),
                        tuple(5_000L, 1L, 2.375, 1L), tuple(5_000L, 2L, 10.125, 1L),
                        tuple(6_000L, 2L, 0.75, 1L), tuple(6_000L, 3L, 11.75, 1L));
    }

    @Test
    void rateLevel_scanPagesSpreadOverPartitionsByKeySpaceShare() {
        Simulation sim = fourPartitions();
        sim.addRateWorkload(new Workload("Tab", KeyDistribution.uniform(1_000), RateShape.constant(10), SCANS, "scan"), 10);
        sim.step();
        // a page is 100 items of 1 KB = 100 KB = 25 blocks of 4 KB, eventually consistent: 12.5 RCU;
        // 10 scans/s spread over 4 equal key ranges: 2.5 pages, 31.25 RCU on each partition
        assertThat(sim.trace().ofType(TickMetrics.class)).extracting(TickMetrics::partition, TickMetrics::consumedReadUnits)
                .containsExactly(tuple(0L, 31.25), tuple(1L, 31.25), tuple(2L, 31.25), tuple(3L, 31.25));
    }
}
