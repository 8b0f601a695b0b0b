package dev.dynasim.engine.sim;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dev.dynasim.engine.model.ProvisionedThroughput;
import dev.dynasim.engine.table.AttributeDefinition;
import dev.dynasim.engine.table.CreateTableRequest;
import dev.dynasim.engine.table.IndexDefinition;
import dev.dynasim.engine.table.KeySchemaElement;
import dev.dynasim.engine.trace.RequestServed;
import dev.dynasim.engine.trace.TickMetrics;
import dev.dynasim.engine.workload.ItemSize;
import dev.dynasim.engine.workload.KeyDistribution;
import dev.dynasim.engine.workload.Operation;
import dev.dynasim.engine.workload.OperationMix;
import dev.dynasim.engine.workload.RateShape;
import dev.dynasim.engine.workload.Workload;
import java.util.List;
import org.junit.jupiter.api.Test;

/** RequestServed: per tick, per partition and operation, the requests served and the units they consumed. */
class RequestServedTraceTest {

    @Test
    void itemLevel_putsThenGets_oneEventPerOperationWithExactUnits() {
        Simulation sim = new Simulation(2);
        sim.createTable(new CreateTableRequest("Orders", List.of(new AttributeDefinition("pk", "S")),
                List.of(new KeySchemaElement("pk", "HASH")), "PAY_PER_REQUEST", null, null, null, null));
        // ten puts of 1,000 B in the first second, then ten gets of them
        sim.addWorkload(new Workload("Orders", KeyDistribution.uniform(1), RateShape.spike(0, 10, 0, 1_000),
                OperationMix.only(Operation.PUT).withItemSize(ItemSize.fixed(1_000)), "puts"));
        sim.addWorkload(new Workload("Orders", KeyDistribution.uniform(1), RateShape.spike(0, 10, 1_000, 1_000),
                OperationMix.only(Operation.GET).withStrongShare(1.0), "gets"));
        sim.run(2);
        // one key on one partition: 10 writes of a 1 KB item = 10 WRU; 10 strong reads of it = 10 RRU
        assertThat(sim.trace().ofType(RequestServed.class)).extracting(RequestServed::time, RequestServed::operation,
                        RequestServed::requests, RequestServed::readUnits, RequestServed::writeUnits)
                .containsExactly(tuple(1_000L, "PutItem", 10L, 0.0, 10.0), tuple(2_000L, "GetItem", 10L, 10.0, 0.0));
        List<TickMetrics> metrics = sim.trace().ofType(TickMetrics.class);
        assertThat(metrics).extracting(TickMetrics::servedRequests).containsExactly(10L, 10L);
        assertThat(sim.trace().ofType(RequestServed.class).get(0).partition()).isEqualTo(metrics.get(0).partition());
    }

    @Test
    void itemLevel_writeThatUpdatesAGsi_isServedOnTheTableAndOnTheIndex() {
        Simulation sim = new Simulation(2);
        sim.createTable(new CreateTableRequest("Users",
                List.of(new AttributeDefinition("pk", "S"), new AttributeDefinition("payload", "S")),
                List.of(new KeySchemaElement("pk", "HASH")), "PROVISIONED", new ProvisionedThroughput(100L, 100L),
                List.of(new IndexDefinition("ByPayload", List.of(new KeySchemaElement("payload", "HASH")), "ALL", null,
                        new ProvisionedThroughput(100L, 100L))), null, null));
        sim.addWorkload(new Workload("Users", KeyDistribution.uniform(1), RateShape.spike(0, 1, 0, 1_000),
                OperationMix.only(Operation.PUT).withItemSize(ItemSize.fixed(1_000)), "puts"));
        sim.step();
        assertThat(sim.trace().ofType(RequestServed.class)).extracting(RequestServed::index, RequestServed::operation,
                        RequestServed::requests, RequestServed::writeUnits)
                .containsExactly(tuple(null, "PutItem", 1L, 1.0), tuple("ByPayload", "PutItem", 1L, 1.0));
    }

    @Test
    void rateLevel_servedRequestsPerOperation_addUpToTheTick() {
        Simulation sim = new Simulation(2);
        sim.createTable(new CreateTableRequest("Wide", List.of(new AttributeDefinition("pk", "S")),
                List.of(new KeySchemaElement("pk", "HASH")), "PROVISIONED", new ProvisionedThroughput(3_000L, 1_000L),
                null, null, null));
        sim.addRateWorkload(new Workload("Wide", KeyDistribution.uniform(1_000_000), RateShape.constant(100),
                OperationMix.of(3, 1, 0, 0, 0).withItemSize(ItemSize.fixed(1_000)), "wide"), 0);
        sim.step();
        // 75 gets (eventual, 0.5 RCU each) and 25 puts (1 WCU each) spread over 2 equal partitions
        assertThat(sim.trace().ofType(RequestServed.class)).extracting(RequestServed::partition, RequestServed::operation,
                        RequestServed::requests, RequestServed::readUnits, RequestServed::writeUnits)
                .containsExactly(tuple(0L, "GetItem", 38L, 18.75, 0.0), tuple(0L, "PutItem", 13L, 0.0, 12.5),
                        tuple(1L, "GetItem", 38L, 18.75, 0.0), tuple(1L, "PutItem", 13L, 0.0, 12.5));
    }
}
