package dev.dynasim.engine.sim;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.dynasim.engine.model.AttributeValue;
import dev.dynasim.engine.table.AttributeDefinition;
import dev.dynasim.engine.table.CreateTableRequest;
import dev.dynasim.engine.table.KeySchemaElement;
import dev.dynasim.engine.table.QueryRequest;
import dev.dynasim.engine.table.QueryResult;
import dev.dynasim.engine.table.ReturnConsumedCapacity;
import dev.dynasim.engine.trace.TickMetrics;
import dev.dynasim.engine.workload.KeyDistribution;
import dev.dynasim.engine.workload.Operation;
import dev.dynasim.engine.workload.OperationMix;
import dev.dynasim.engine.workload.RateShape;
import dev.dynasim.engine.workload.Workload;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Workloads that draw sort keys build item collections, which a query reads whole. */
class SortKeyWorkloadTest {
    private static final Workload PUTS = new Workload("Events", KeyDistribution.uniform(1), RateShape.constant(20),
            OperationMix.only(Operation.PUT), "events");

    private static Simulation events(String sortKeyType) {
        Simulation sim = new Simulation(5);
        sim.createTable(new CreateTableRequest("Events",
                List.of(new AttributeDefinition("device", "S"), new AttributeDefinition("at", sortKeyType)),
                List.of(new KeySchemaElement("device", "HASH"), new KeySchemaElement("at", "RANGE")),
                "PAY_PER_REQUEST", null, null, null, null));
        return sim;
    }

    private static QueryResult collection(Simulation sim) {
        return sim.database().query(new QueryRequest("Events", null, "device = :d", null, null, null,
                Map.of(":d", AttributeValue.s("key-0")), null, null, false, null, null, ReturnConsumedCapacity.TOTAL,
                null, null, null, null));
    }

    @Test
    void uniformSortKeys_buildOneItemCollectionOfAtMostThatManyItems() {
        Simulation sim = events("S");
        sim.addWorkload(PUTS.withSortKeys(KeyDistribution.uniform(10)));
        sim.run(5);
        QueryResult r = collection(sim);
        // 100 puts over 10 sort keys of one partition key: every sort key drawn, each item overwritten
        assertThat(r.count()).isEqualTo(10);
        assertThat(r.items()).extracting(i -> i.get("at")).containsExactly(
                AttributeValue.s("key-0"), AttributeValue.s("key-1"), AttributeValue.s("key-2"), AttributeValue.s("key-3"),
                AttributeValue.s("key-4"), AttributeValue.s("key-5"), AttributeValue.s("key-6"), AttributeValue.s("key-7"),
                AttributeValue.s("key-8"), AttributeValue.s("key-9"));
    }

    @Test
    void sequentialNumericSortKeys_appendInOrder() {
        Simulation sim = events("N");
        sim.addWorkload(PUTS.withSortKeys(KeyDistribution.sequential()));
        sim.run(2);
        QueryResult r = collection(sim);
        assertThat(r.count()).isEqualTo(40);
        assertThat(r.items().get(0).get("at")).isEqualTo(AttributeValue.n("0"));
        assertThat(r.items().get(39).get("at")).isEqualTo(AttributeValue.n("39"));
    }

    @Test
    void withoutSortKeys_everyRequestUsesSortKeyZero() {
        Simulation sim = events("N");
        sim.addWorkload(PUTS);
        sim.run(2);
        assertThat(collection(sim).items()).extracting(i -> i.get("at")).containsExactly(AttributeValue.n("0"));
    }

    @Test
    void queryWorkload_readsTheWholeCollection() {
        Simulation sim = events("S");
        sim.addWorkload(PUTS.withSortKeys(KeyDistribution.uniform(10)));
        sim.run(5);
        long before = sim.database().describeTable("Events").itemCount();
        sim.addWorkload(new Workload("Events", KeyDistribution.uniform(1), RateShape.constant(1),
                OperationMix.only(Operation.QUERY), "reader"));
        assertThat(sim.step().served()).isEqualTo(21);
        assertThat(before).isEqualTo(10);
        // one query reads the 10 items of about 1 KB: 3 blocks of 4 KB, eventually consistent, 1.5 RCU
        double read = sim.trace().ofType(TickMetrics.class).stream().filter(m -> m.time() == sim.now())
                .mapToDouble(TickMetrics::consumedReadUnits).sum();
        assertThat(read).isEqualTo(1.5);
    }

    @Test
    void sortKeysOnATableWithoutOne_areRefused() {
        Simulation sim = new Simulation(1);
        sim.createTable(new CreateTableRequest("Flat", List.of(new AttributeDefinition("pk", "S")),
                List.of(new KeySchemaElement("pk", "HASH")), "PAY_PER_REQUEST", null, null, null, null));
        Workload w = new Workload("Flat", KeyDistribution.uniform(1), RateShape.constant(1), OperationMix.only(Operation.PUT), "w")
                .withSortKeys(KeyDistribution.uniform(3));
        assertThatThrownBy(() -> sim.addWorkload(w)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("workload w: table Flat has no sort key, so the workload cannot draw sort keys");
    }
}
