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
        // the peak is 3,150 reads/s and 350 writes/s: one m6i.large primary (5,000 and 2,000) serves it at 63% and 17.5%,
        // within the 70% sizing rule (3,500 and 1,400); every request is served
        assertThat(cluster.detail()).isEqualTo("3 x m6i.large replica set sized for 70% utilisation at the peak; latency mean 2.0 ms,"
                + " max 2 ms; load counted in requests, not item sizes; disk billed at a fixed 100 GB per member, not the data stored");
        assertThat(cluster.served()).isEqualTo(outcomes.get(0).served());
        assertThat(cluster.throttled()).isZero();
        assertThat(cluster.failed()).isZero();
        // 3 instances x $0.096 x 24 h = $6.912, and their 3 x 100 GB of gp3 at $0.08 per GB-month for 24 of 720 hours = $0.80
        assertThat(cluster.bill().total()).isEqualByComparingTo("7.712");
    }

    @Test
    void dailyPeak_serverClusterBill_hasHourlyAndDailySubtotalsLikeTheDynamoDbBills() throws Exception {
        List<WhatIf.Outcome> outcomes = WhatIf.compare(ScenarioFiles.readResource("daily-peak"), PRICES, PRICES.current(), 40_000,
                InstanceCatalogueFiles.builtIn(), null);
        dev.dynasim.engine.billing.Bill bill = outcomes.get(3).bill();
        assertThat(bill.hours()).hasSameSizeAs(outcomes.get(0).bill().hours()).hasSize(24);
        // every hour: 3 x $0.096 + 300 GB x $0.08 x 1/720 month = $0.288 + $0.0333... (exact to 34 digits, tick by tick)
        assertThat(bill.hours()).allSatisfy(h -> assertThat(h.amount().setScale(20, java.math.RoundingMode.HALF_UP))
                .isEqualByComparingTo("0.32133333333333333333"));
        assertThat(bill.hours().get(23).fromMillis()).isEqualTo(23 * 3_600_000L);
        assertThat(bill.days()).singleElement().satisfies(d -> assertThat(d.amount().setScale(20, java.math.RoundingMode.HALF_UP))
                .isEqualByComparingTo("7.712"));
        assertThat(bill.toString()).contains("Charges by hour (before the free tier, credited once for the period)\n"
                + "hour  from      charges\n0     d0 00:00    $0.32\n");
        com.fasterxml.jackson.databind.JsonNode json = new com.fasterxml.jackson.databind.ObjectMapper().readTree(WhatIfExport.json(outcomes))
                .get(3).get("bill");
        assertThat(json.get("byHour")).hasSize(24);
        assertThat(json.get("byDay")).hasSize(1);
    }

    @Test
    void writeSharding_autoSizedCluster_leaves30PercentHeadroom_soAnXlargeNotALarge() {
        List<WhatIf.Outcome> outcomes = WhatIf.compare(ScenarioFiles.readResource("write-sharding"), PRICES, PRICES.current(), 40_000,
                InstanceCatalogueFiles.builtIn(), null);
        WhatIf.Outcome cluster = outcomes.get(3);
        // the peak is 2,000 writes/s: all of an m6i.large's 2,000 (100%), but 50% of an m6i.xlarge's 4,000; the r6i.large
        // ($0.126) is the same size as the m6i.large, so the cheapest type within 70% is the m6i.xlarge ($0.192)
        assertThat(cluster.detail()).startsWith("3 x m6i.xlarge replica set sized for 70% utilisation at the peak;");
        // 2 minutes: 3 x $0.192 x 1/30 h = $0.0192, and 300 GB x $0.08 x (1/30)/720 month = $0.00111...
        assertThat(cluster.bill().total().setScale(20, java.math.RoundingMode.HALF_UP)).isEqualByComparingTo("0.02031111111111111111");
        assertThat(cluster.failed()).isZero();
    }

    @Test
    void scenarioWithZoneFaults_clusterDetailSaysTheyAreNotModelled_inTextAndJson() throws Exception {
        String scenario = """
                {"name": "zone-fault", "seed": 1, "tick": "1s", "duration": "10s",
                 "tables": [{"name": "Events", "partitionKey": {"name": "deviceId", "type": "S"}, "billingMode": "PAY_PER_REQUEST"}],
                 "workloads": [{"name": "w", "table": "Events", "keys": {"type": "uniform", "keys": 1000},
                                "rate": {"type": "constant", "perSecond": 10}, "mix": {"put": 1}, "itemSize": 1000}],
                 "events": [{"at": "3s", "fault": "zoneDown", "zone": "use1-az1"}, {"at": "6s", "fault": "zoneUp", "zone": "use1-az1"}]}
                """;
        List<WhatIf.Outcome> outcomes = WhatIf.compare(ScenarioFiles.parse(scenario, "test", "zone-fault"), PRICES, PRICES.current(), 1_000,
                InstanceCatalogueFiles.builtIn(), null);
        String note = "; zone faults not modelled for the cluster: it serves as if every server were up;";
        assertThat(outcomes.get(3).detail()).contains(note);
        assertThat(new dev.dynasim.engine.sim.WhatIfComparison("zone-fault", PRICES.current(), outcomes).toString())
                .contains("  server cluster: 3 x m6i.large replica set sized for 70% utilisation at the peak;").contains(note);
        assertThat(new com.fasterxml.jackson.databind.ObjectMapper().readTree(WhatIfExport.json(outcomes)).get(3).get("detail").asText())
                .contains(note);
    }

    @Test
    void scenarioWithoutFaults_clusterDetailMentionsNone() {
        List<WhatIf.Outcome> outcomes = WhatIf.compare(ScenarioFiles.readResource("write-sharding"), PRICES, PRICES.current(), 40_000,
                InstanceCatalogueFiles.builtIn(), null);
        assertThat(outcomes.get(3).detail()).doesNotContain("fault");
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
        assertThat(cluster.detail()).startsWith("3 x tiny replica set; latency mean ").contains("; 30,000 still queued at the end;");
        assertThat(new dev.dynasim.engine.sim.WhatIfComparison("write-sharding", PRICES.current(), outcomes).toString())
                .contains("  server cluster: 3 x tiny replica set; latency mean ");
    }
}
