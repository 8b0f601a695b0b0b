package dev.dynasim.engine.sim;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import dev.dynasim.engine.billing.AutoScalingPolicy;
import dev.dynasim.engine.model.ProvisionedThroughput;
import dev.dynasim.engine.table.AttributeDefinition;
import dev.dynasim.engine.table.CreateTableRequest;
import dev.dynasim.engine.table.IndexDefinition;
import dev.dynasim.engine.table.KeySchemaElement;
import dev.dynasim.engine.trace.ScalingActivity;
import dev.dynasim.engine.workload.ItemSize;
import dev.dynasim.engine.workload.KeyDistribution;
import dev.dynasim.engine.workload.Operation;
import dev.dynasim.engine.workload.OperationMix;
import dev.dynasim.engine.workload.RateShape;
import dev.dynasim.engine.workload.Workload;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Target-tracking auto scaling through the step loop (facts P13-P15, worked example 43). */
class AutoScalingTest {

    private static Simulation table(long wcu) {
        Simulation sim = new Simulation(1);
        sim.createTable(new CreateTableRequest("Orders", List.of(new AttributeDefinition("pk", "S")),
                List.of(new KeySchemaElement("pk", "HASH")), "PROVISIONED", new ProvisionedThroughput(10L, wcu), null, null, null));
        return sim;
    }

    @Test
    void example43_140WcuConsumedAt70Percent_scalesTo200AfterTwoMinutes_appliedMinutesLater() {
        Simulation sim = table(180);
        sim.autoScale("Orders", null, AutoScalingPolicy.defaults(40_000));
        sim.addWorkload(new Workload("Orders", KeyDistribution.uniform(100_000), RateShape.constant(140),
                OperationMix.only(Operation.PUT).withItemSize(ItemSize.fixed(1_000)), "w"));
        sim.run(8 * 60);
        // 140 WCU/s of 180 is 78% > 70%: the second data point (at 2:00) decides 140 / 0.7 = 200; it applies at 7:00
        assertThat(sim.trace().ofType(ScalingActivity.class)).extracting(ScalingActivity::time, ScalingActivity::fromCapacity,
                        ScalingActivity::toCapacity, ScalingActivity::status)
                .containsExactly(tuple(120_000L, 180L, 200L, "decided"), tuple(420_000L, 180L, 200L, "applied"));
        assertThat(sim.database().spec("Orders").throughput().writeCapacityUnits()).isEqualTo(200);
    }

    @Test
    void tableWithAGsi_tracksTheTablesOwnWrites_notTheIndexWritesTheyCause() {
        Simulation sim = new Simulation(1);
        sim.createTable(new CreateTableRequest("Orders", List.of(new AttributeDefinition("pk", "S")),
                List.of(new KeySchemaElement("pk", "HASH")), "PROVISIONED", new ProvisionedThroughput(10L, 180L),
                List.of(new IndexDefinition("ByPk", List.of(new KeySchemaElement("pk", "HASH")), "ALL", null,
                        new ProvisionedThroughput(10L, 1_000L))), null, null));
        sim.autoScale("Orders", null, AutoScalingPolicy.defaults(40_000));
        sim.addWorkload(new Workload("Orders", KeyDistribution.uniform(100_000), RateShape.constant(140),
                OperationMix.only(Operation.PUT).withItemSize(ItemSize.fixed(1_000)), "w"));
        sim.run(3 * 60);
        // each put also writes the GSI (about 264 units/s metered in all, which would ask for 377), but the
        // table's own 140 WCU/s decide: 140 / 0.7 = 200
        assertThat(sim.database().usage("Orders").writeUnits()).isEqualTo(47_469.0);
        assertThat(sim.trace().ofType(ScalingActivity.class)).extracting(ScalingActivity::time, ScalingActivity::toCapacity,
                ScalingActivity::status).containsExactly(tuple(120_000L, 200L, "decided"));
    }

    @Test
    void idleTable_scalesInAfterFifteenMinutesBelowTarget_toTheMinimum() {
        Simulation sim = table(100);
        sim.autoScale("Orders", null, AutoScalingPolicy.of(5, 1_000, 0.7));
        sim.run(25 * 60);
        assertThat(sim.trace().ofType(ScalingActivity.class)).extracting(ScalingActivity::time, ScalingActivity::toCapacity,
                ScalingActivity::status).containsExactly(tuple(900_000L, 5L, "decided"), tuple(1_200_000L, 5L, "applied"));
    }

    @Test
    void policy_targetOutside20To90Percent_isRefused() {
        assertThatThrownBy(() -> AutoScalingPolicy.of(5, 100, 0.95)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("target utilization must be between 20% and 90%: 0.95");
        assertThat(AutoScalingPolicy.defaults(100).desiredCapacity(140)).isEqualTo(100);
        assertThat(AutoScalingPolicy.defaults(400).desiredCapacity(140)).isEqualTo(200);
    }

    @Test
    void repeatedScaleIns_obeyTheDailyDecreaseLimit() {
        Simulation sim = table(100);
        sim.autoScale("Orders", null, AutoScalingPolicy.of(5, 1_000, 0.7));
        // every 30 minutes: 3 minutes of 300 writes/s (scale out), then idle (scale in)
        List<dev.dynasim.engine.workload.PhasedRate.Phase> phases = new java.util.ArrayList<>();
        for (int c = 0; c < 8; c++) {
            phases.add(new dev.dynasim.engine.workload.PhasedRate.Phase(c * 1_800_000L, RateShape.constant(300)));
            phases.add(new dev.dynasim.engine.workload.PhasedRate.Phase(c * 1_800_000L + 180_000, RateShape.constant(0)));
        }
        sim.addWorkload(new Workload("Orders", KeyDistribution.uniform(100_000), RateShape.phases(phases),
                OperationMix.only(Operation.PUT).withItemSize(ItemSize.fixed(1_000)), "w"));
        sim.run(4 * 3_600);
        List<ScalingActivity> decreases = sim.trace().ofType(ScalingActivity.class).stream()
                .filter(a -> a.toCapacity() < a.fromCapacity() && !a.status().equals("decided")).toList();
        // four decreases go through; a fifth within the hour after the fourth is refused
        assertThat(decreases.stream().filter(a -> a.status().equals("applied")).limit(4)).hasSize(4);
        assertThat(decreases).anySatisfy(a -> {
            assertThat(a.status()).isEqualTo("refused");
            assertThat(a.why()).startsWith("the daily limit on decreases is reached (Subscriber limit exceeded")
                    .endsWith("Number of decreases today: 4)");
        });
    }
}
