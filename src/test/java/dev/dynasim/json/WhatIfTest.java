package dev.dynasim.json;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dynasim.engine.billing.PriceSheet;
import dev.dynasim.engine.sim.WhatIf;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The what-if replay: one scenario's traffic billed on demand, provisioned, and with auto scaling. */
class WhatIfTest {
    private static final PriceSheet PRICES = PriceSheetFiles.shipped("us-east-1");

    @Test
    void writeSharding_onDemandCostsItsWriteUnits_provisionedAtThePeakCostsLess_neitherThrottles() {
        List<WhatIf.Outcome> outcomes = WhatIf.compare(ScenarioFiles.readResource("write-sharding"), PRICES, PRICES.current(), 40_000);
        assertThat(outcomes).extracting(o -> o.option().label()).containsExactly("on-demand", "provisioned", "auto scaling");
        // 240,000 writes of 1 KB: 240,000 WRU at $0.625 per million; the storage is within the free tier
        assertThat(outcomes.get(0).bill().total()).isEqualByComparingTo("0.15");
        assertThat(outcomes).allSatisfy(o -> {
            assertThat(o.served()).isEqualTo(240_000);
            assertThat(o.throttled()).isZero();
        });
        assertThat(outcomes.get(1).bill().total()).isLessThan(outcomes.get(0).bill().total());
    }

    @Test
    void dailyPeak_fixedCapacityThrottlesAtThePeak_autoScalingFollowsTheTraffic() {
        List<WhatIf.Outcome> outcomes = WhatIf.compare(ScenarioFiles.readResource("daily-peak"), PRICES, PRICES.current(), 40_000);
        assertThat(outcomes.get(0).throttled()).isZero();
        assertThat(outcomes.get(1).throttled()).isEqualTo(32_361_091);
        assertThat(outcomes.get(2).throttled()).isZero();
        assertThat(outcomes).extracting(o -> o.bill().total().setScale(2, java.math.RoundingMode.HALF_UP).toPlainString())
                .containsExactly("20.52", "5.77", "9.27");
    }

    @Test
    void onDemandTableWithAGsi_isProvisionedWithTheGsiSizedFromItsOwnPeak() {
        String scenario = """
                {"name": "gsi-what-if", "seed": 1, "tick": "1s", "duration": "1m",
                 "tables": [{"name": "Events", "partitionKey": {"name": "deviceId", "type": "S"}, "billingMode": "PAY_PER_REQUEST",
                             "gsis": [{"name": "ByDevice", "partitionKey": {"name": "deviceId", "type": "S"}}]}],
                 "workloads": [{"name": "w", "table": "Events", "keys": {"type": "uniform", "keys": 100000},
                                "rate": {"type": "constant", "perSecond": 100}, "mix": {"put": 1}, "itemSize": 1000}]}
                """;
        List<WhatIf.Outcome> outcomes = WhatIf.compare(ScenarioFiles.parse(scenario, "test", "gsi-what-if"), PRICES, PRICES.current(), 1_000);
        assertThat(outcomes).allSatisfy(o -> assertThat(o.throttled()).isZero());
        // the table peaked at 156 WCU/s on demand and so did its GSI (every put writes it): 312 WCU for a minute;
        // reads: the minimum of 1 RCU each, raised to the auto-scaling minimum of 5 on the table under auto scaling
        assertThat(quantity(outcomes.get(1), "Provisioned write capacity")).isEqualByComparingTo("5.2");
        assertThat(quantity(outcomes.get(1), "Provisioned read capacity")).isEqualByComparingTo(
                java.math.BigDecimal.valueOf(2).divide(java.math.BigDecimal.valueOf(60), java.math.MathContext.DECIMAL128));
        assertThat(quantity(outcomes.get(2), "Provisioned read capacity")).isEqualByComparingTo("0.1");
    }

    private static java.math.BigDecimal quantity(WhatIf.Outcome o, String what) {
        return o.bill().lines().stream().filter(l -> what.equals(l.what())).findFirst().orElseThrow().quantity();
    }

    @Test
    void dailyPeak_onAServerClusterSizedForThePeak_costsItsInstanceHoursBusyOrIdle() {
        List<WhatIf.Outcome> outcomes = WhatIf.compare(ScenarioFiles.readResource("daily-peak"), PRICES, PRICES.current(), 40_000,
                InstanceCatalogueFiles.builtIn(), null);
        WhatIf.Outcome cluster = outcomes.get(3);
        assertThat(cluster.option()).isEqualTo(WhatIf.Option.SERVER_CLUSTER);
        // the peak is 3,150 reads/s and 350 writes/s: one m6i.large primary (5,000 and 2,000) covers it; every request is served
        assertThat(cluster.detail()).isEqualTo("3 x m6i.large replica set; latency mean 2.0 ms, max 2 ms");
        assertThat(cluster.served()).isEqualTo(outcomes.get(0).served());
        assertThat(cluster.throttled()).isZero();
        assertThat(cluster.failed()).isZero();
        // 3 instances x $0.096 x 24 h = $6.912, and their 3 x 100 GB of gp3 at $0.08 per GB-month for 24 of 720 hours = $0.80
        assertThat(cluster.bill().total()).isEqualByComparingTo("7.712");
    }

    @Test
    void aClusterTooSmallForTheTraffic_queuesThenFailsRequests() {
        dev.dynasim.engine.billing.InstanceCatalogue tiny = new dev.dynasim.engine.billing.InstanceCatalogue("us-east-1",
                java.time.LocalDate.of(2026, 11, 24), "disk", java.math.BigDecimal.ZERO, "test", List.of(
                new dev.dynasim.engine.billing.InstanceType("tiny", 1, 1, new java.math.BigDecimal("0.01"), 1_000, 1_000, 0, "test", "test")));
        List<WhatIf.Outcome> outcomes = WhatIf.compare(ScenarioFiles.readResource("write-sharding"), PRICES, PRICES.current(), 40_000,
                tiny, dev.dynasim.engine.billing.ClusterSpec.replicaSet("tiny"));
        WhatIf.Outcome cluster = outcomes.get(3);
        // 2,000 writes/s for 2 minutes against 1,000/s: the queue grows to 30 s of work (30,000 writes), after
        // which every write beyond the 1,000/s served fails; 30,000 are still queued when the run ends
        assertThat(cluster.served()).isEqualTo(120_000);
        assertThat(cluster.failed()).isEqualTo(90_000);
        assertThat(cluster.detail()).startsWith("3 x tiny replica set; latency mean ").endsWith("; 30,000 still queued at the end");
        assertThat(new dev.dynasim.engine.sim.WhatIfComparison("write-sharding", PRICES.current(), outcomes).toString())
                .contains("  server cluster: 3 x tiny replica set; latency mean ");
    }
}
