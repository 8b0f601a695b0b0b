package dev.dynasim.engine.sim;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dynasim.engine.model.AttributeValue;
import dev.dynasim.engine.model.ProvisionedThroughput;
import dev.dynasim.engine.table.AttributeDefinition;
import dev.dynasim.engine.table.CreateTableRequest;
import dev.dynasim.engine.table.DeleteItemRequest;
import dev.dynasim.engine.table.IndexDefinition;
import dev.dynasim.engine.table.KeySchemaElement;
import dev.dynasim.engine.table.PutItemRequest;
import dev.dynasim.engine.table.ReturnConsumedCapacity;
import dev.dynasim.engine.table.UpdateTableRequest;
import dev.dynasim.engine.trace.Trace;
import dev.dynasim.engine.workload.ItemSize;
import dev.dynasim.engine.workload.KeyDistribution;
import dev.dynasim.engine.workload.Operation;
import dev.dynasim.engine.workload.OperationMix;
import dev.dynasim.engine.workload.RateShape;
import dev.dynasim.engine.workload.Workload;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Regressions from the review of the step-driven engine: heat, adaptive capacity, layout changes, robustness. */
class StepEngineReviewTest {

    private static CreateTableRequest table(String name, String mode, ProvisionedThroughput t, List<IndexDefinition> gsis,
                                            AttributeDefinition... extra) {
        List<AttributeDefinition> defs = new ArrayList<>(List.of(new AttributeDefinition("pk", "S")));
        defs.addAll(List.of(extra));
        return new CreateTableRequest(name, defs, List.of(new KeySchemaElement("pk", "HASH")), mode, t, gsis, null, null);
    }

    private static PutItemRequest put(String table, String pk, int bytes, Object... more) {
        Map<String, AttributeValue> item = new LinkedHashMap<>();
        item.put("pk", AttributeValue.s(pk));
        for (int i = 0; i < more.length; i += 2) item.put((String) more[i], (AttributeValue) more[i + 1]);
        item.put("p", AttributeValue.s("x".repeat(bytes)));
        return new PutItemRequest(table, item, null, null, null, null, ReturnConsumedCapacity.NONE, false, null, null, null);
    }

    @Test
    void steadyLoadNearAProvisionedAllocation_doesNotSplitForHeatAgainAndAgain() {
        Simulation sim = new Simulation(5);
        sim.createTable(table("Steady", "PROVISIONED", new ProvisionedThroughput(1, 100), null));
        sim.addWorkload(new Workload("Steady", KeyDistribution.uniform(98), RateShape.constant(98),
                OperationMix.only(Operation.PUT).withItemSize(ItemSize.fixed(900)), "steady"));
        StepReport report = sim.run(1_800);
        assertThat(report.splitsStarted()).isZero();
        assertThat(sim.database().partitionCount("Steady", null)).isEqualTo(1);
    }

    @Test
    void adaptiveCapacity_lendsPerSecond_whateverTheTickLength() {
        // example 28 at half-second ticks: 50/50/50/150 WCU over 4 partitions of 100 is all served
        Simulation sim = new Simulation(5, 500, new Trace());
        sim.createTable(table("Adapt", "PROVISIONED", new ProvisionedThroughput(1, 400), null));
        sim.database().presplit("Adapt", 4);
        String[] keyOf = new String[4];
        for (int i = 0; keyOf[0] == null || keyOf[1] == null || keyOf[2] == null || keyOf[3] == null; i++) {
            int at = sim.database().placement("Adapt", AttributeValue.s("k" + i)).partition().id().number();
            if (keyOf[at] == null) keyOf[at] = "k" + i;
        }
        int[] perHalfSecond = {25, 25, 25, 75};
        long throttled = 0;
        for (int tick = 0; tick < 240; tick++) {
            for (int p = 0; p < 4; p++) {
                for (int n = 0; n < perHalfSecond[p]; n++) {
                    try {
                        sim.database().putItem(put("Adapt", keyOf[p], 900));
                    } catch (dev.dynasim.engine.model.DynamoDbException e) {
                        throttled++;
                    }
                }
            }
            sim.step();
        }
        assertThat(throttled).isLessThanOrEqualTo(75);
    }

    @Test
    void deleteAfterADoublingOfPartitions_keepsTableAndIndexInStep() {
        Simulation sim = new Simulation(5);
        sim.createTable(table("Grow", "PROVISIONED", new ProvisionedThroughput(1_000, 1_000),
                List.of(new IndexDefinition("byG", List.of(new KeySchemaElement("g", "HASH")), "ALL", null,
                        new ProvisionedThroughput(1_000, 1_000))), new AttributeDefinition("g", "S")));
        sim.database().putItem(put("Grow", "big", 100_000, "g", AttributeValue.s("G")));
        sim.step();
        sim.updateTable(new UpdateTableRequest("Grow", null, null, new ProvisionedThroughput(1_000, 3_000), null, null, null, null));
        sim.step();
        sim.database().deleteItem(new DeleteItemRequest("Grow", Map.of("pk", AttributeValue.s("big")), null, null, null, null,
                ReturnConsumedCapacity.NONE, false, null, null, null));
        var d = sim.database().describeTable("Grow");
        assertThat(sim.trace().ofType(dev.dynasim.engine.trace.PartitionSplit.class))
                .filteredOn(e -> e.index() == null).hasSize(2)
                .allMatch(e -> e.cause() == dev.dynasim.engine.trace.SplitCause.THROUGHPUT);
        assertThat(d.itemCount()).isZero();
        assertThat(d.globalSecondaryIndexes().get(0).itemCount()).isZero();
    }

    @Test
    void switchingToOnDemandWhileAddingAGsi_buildsTheGsiOnDemand() {
        Simulation sim = new Simulation(5);
        sim.createTable(table("Mode", "PROVISIONED", new ProvisionedThroughput(5, 5), null));
        sim.updateTable(new UpdateTableRequest("Mode", List.of(new AttributeDefinition("g", "S")), "PAY_PER_REQUEST", null,
                List.of(new IndexDefinition("byG", List.of(new KeySchemaElement("g", "HASH")), "ALL", null, null)),
                null, null, null));
        assertThat(sim.database().partitionCount("Mode", "byG")).isEqualTo(8);
    }

    @Test
    void workloadOnADeletedTable_failsItsRequests_andTheSimulationGoesOn() {
        Simulation sim = new Simulation(5);
        sim.createTable(table("Gone", "PAY_PER_REQUEST", null, null));
        sim.createTable(table("Kept", "PAY_PER_REQUEST", null, null));
        sim.addWorkload(new Workload("Gone", KeyDistribution.uniform(10), RateShape.constant(10),
                OperationMix.only(Operation.PUT), "gone"));
        sim.addWorkload(new Workload("Kept", KeyDistribution.uniform(10), RateShape.constant(10),
                OperationMix.only(Operation.PUT), "kept"));
        sim.run(2);
        sim.database().deleteTable("Gone");
        StepReport after = sim.run(3);
        assertThat(after.failed()).isEqualTo(30);
        assertThat(after.served()).isEqualTo(30);
    }
}
