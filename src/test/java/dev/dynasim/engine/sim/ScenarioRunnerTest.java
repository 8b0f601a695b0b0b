package dev.dynasim.engine.sim;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.dynasim.engine.capacity.OnDemandHotPartitionError;
import dev.dynasim.engine.model.BillingMode;
import dev.dynasim.engine.model.ProvisionedThroughput;
import dev.dynasim.engine.model.ScalarType;
import dev.dynasim.engine.trace.RequestThrottled;
import dev.dynasim.engine.trace.SplitCancelled;
import dev.dynasim.engine.trace.SplitCause;
import dev.dynasim.engine.workload.KeyDistribution;
import dev.dynasim.engine.workload.Operation;
import dev.dynasim.engine.workload.OperationMix;
import dev.dynasim.engine.workload.RateShape;
import java.util.ArrayList;
import dev.dynasim.engine.table.ReturnConsumedCapacity;
import dev.dynasim.engine.table.ScanRequest;
import dev.dynasim.engine.model.AttributeValue;
import dev.dynasim.engine.partition.KeyHash;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Building, scheduling and reporting a scenario without files. */
class ScenarioRunnerTest {
    private static final KeyAttribute PK = new KeyAttribute("pk", ScalarType.S);

    private static Scenario scenario(long durationMillis, long reportEveryMillis, List<ScheduledEvent> events) {
        TableScenario table = new TableScenario("Tbl", PK, null, BillingMode.PROVISIONED, 10, 50, List.of());
        WorkloadScenario writes = new WorkloadScenario("w", "Tbl", KeyDistribution.uniform(1_000_000),
                RateShape.constant(100), OperationMix.only(Operation.PUT), null);
        return new Scenario("test", "", 5, 1_000, durationMillis, reportEveryMillis, null, null, List.of(table),
                List.of(writes), events);
    }

    @Test
    void run_capacityRaisedAt2500ms_appliesBeforeTheStepStartingAt3000ms() {
        ScheduledEvent raise = new ScheduledEvent(2_500, "Tbl", null, new ProvisionedThroughput(10, 100));
        ScenarioReport r = new ScenarioRunner(scenario(5_000, 1_000, List.of(raise))).run();
        // 50 WCU: 50 of 100 writes/s served in ticks 1-2 (tick 0 may draw on the initial credit); 100 WCU from tick 3
        assertThat(r.intervals().subList(1, 5)).extracting(IntervalRow::served).containsExactly(50L, 50L, 100L, 100L);
        assertThat(r.intervals().subList(1, 5)).extracting(IntervalRow::throttled).containsExactly(50L, 50L, 0L, 0L);
        assertThat(r.eventsApplied()).containsExactly(raise);
        assertThat(r.table("Tbl", null).writeCapacity()).isEqualTo(100);
    }

    @Test
    void run_capacityEventOverTheDailyDecreaseLimit_isTracedAsRefusedAndTheRunGoesOn() {
        List<ScheduledEvent> events = new ArrayList<>();
        for (int i = 1; i <= 4; i++) events.add(new ScheduledEvent(i * 1_000L, "Tbl", null, new ProvisionedThroughput(10, 50 - i)));
        // a fifth decrease (of writes, with reads raised) within the hour after the fourth: UpdateTable refuses it as a whole
        ScheduledEvent fifth = new ScheduledEvent(5_000, "Tbl", null, new ProvisionedThroughput(20, 45));
        ScheduledEvent raise = new ScheduledEvent(6_000, "Tbl", null, new ProvisionedThroughput(10, 100));
        events.add(fifth);
        events.add(raise);
        StringBuilder trace = new StringBuilder();
        ScenarioReport r = new ScenarioRunner(scenario(8_000, 1_000, events), trace).run();

        String why = "scheduled event: the daily limit on decreases is reached (Subscriber limit exceeded: Provisioned throughput "
                + "decreases are limited within a given UTC day: 4 at any time, then one an hour after the last. Number of decreases today: 4)";
        assertThat(trace.toString().lines().filter(l -> l.contains("\"ScalingActivity\""))).containsExactly(
                "{\"type\":\"ScalingActivity\",\"time\":5000,\"table\":\"Tbl\",\"dimension\":\"read\",\"fromCapacity\":10,"
                        + "\"toCapacity\":20,\"status\":\"refused\",\"why\":\"" + why + "\"}",
                "{\"type\":\"ScalingActivity\",\"time\":5000,\"table\":\"Tbl\",\"dimension\":\"write\",\"fromCapacity\":46,"
                        + "\"toCapacity\":45,\"status\":\"refused\",\"why\":\"" + why + "\"}");
        assertThat(r.endMillis()).isEqualTo(8_000);
        assertThat(r.eventsApplied()).hasSize(5).doesNotContain(fifth).contains(raise);
        assertThat(r.table("Tbl", null).readCapacity()).isEqualTo(10);
        assertThat(r.table("Tbl", null).writeCapacity()).isEqualTo(100);
    }

    @Test
    void run_capacityEventTheServiceRejectsAsInvalid_stillStopsTheRun() {
        ScheduledEvent tooHigh = new ScheduledEvent(1_000, "Tbl", null, new ProvisionedThroughput(10, 40_001));
        assertThatThrownBy(() -> new ScenarioRunner(scenario(3_000, 1_000, List.of(tooHigh))).run())
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("event at 0:00:01 (Tbl: 10 RCU / 40001 WCU): ValidationException: ");
    }

    @Test
    void run_untilBeyondTheDuration_runsOnWithAShorterLastRow() {
        ScenarioRunner runner = new ScenarioRunner(scenario(4_000, 2_000, List.of()));
        List<Long> seen = new ArrayList<>();
        ScenarioReport r = runner.run(5_000, (now, end) -> seen.add(now));
        assertThat(r.endMillis()).isEqualTo(5_000);
        assertThat(r.ticks()).isEqualTo(5);
        assertThat(r.intervals()).extracting(IntervalRow::toMillis).containsExactly(2_000L, 4_000L, 5_000L);
        assertThat(seen).containsExactly(1_000L, 2_000L, 3_000L, 4_000L, 5_000L);
        assertThat(runner.simulation().now()).isEqualTo(5_000);
    }

    @Test
    void run_anyScenario_reportsUsageAndPartitionTotalsThatAgree() {
        ScenarioReport r = new ScenarioRunner(scenario(10_000, 5_000, List.of())).run();
        TableReport t = r.table("Tbl", null);
        assertThat(t.servedRequests()).isEqualTo(r.served()).isEqualTo(t.usage().requests());
        assertThat(t.throttledRequests()).isEqualTo(r.throttled()).isEqualTo(t.usage().throttledRequests());
        assertThat(t.consumedWriteUnits()).isEqualTo(t.usage().writeUnits());
        assertThat(t.partitions()).hasSize(1);
        assertThat(t.partitions().get(0).rangeEnd()).isEqualTo("2^128");
        assertThat(r.toString()).contains("Scenario test (seed 5, tick 1000 ms)").contains("Table Tbl: PROVISIONED 10 RCU / 50 WCU");
    }

    @Test
    void run_tableWithAGsiOnItsPartitionKey_reportsTheGsiWithItsOwnPartitionsAndCapacity() {
        IndexScenario gsi = new IndexScenario("ByPk", PK, null, 5, 30);
        TableScenario table = new TableScenario("Tbl", PK, new KeyAttribute("sk", ScalarType.S), BillingMode.PROVISIONED,
                10, 50, List.of(gsi));
        WorkloadScenario writes = new WorkloadScenario("w", "Tbl", KeyDistribution.uniform(1_000_000),
                RateShape.constant(20), OperationMix.only(Operation.PUT), null);
        Scenario s = new Scenario("gsi", "", 5, 1_000, 10_000, 10_000, null, null, List.of(table), List.of(writes), List.of());
        ScenarioReport r = new ScenarioRunner(s).run();
        TableReport index = r.table("Tbl", "ByPk");
        assertThat(index.owner()).isEqualTo("Tbl/ByPk");
        assertThat(index.writeCapacity()).isEqualTo(30);
        assertThat(index.usage()).isNull();
        assertThat(index.partitions()).hasSize(1);
        assertThat(index.servedRequests()).isEqualTo(200);
        assertThat(r.table("Tbl", null).servedRequests()).isEqualTo(200);
        assertThat(r.toString()).contains("GSI Tbl/ByPk: PROVISIONED 5 RCU / 30 WCU, 1 partition");
    }

    @Test
    void run_requestThrottledEventsInTheTrace_areCountedByReasonPerTable() {
        ScenarioRunner runner = new ScenarioRunner(scenario(2_000, 1_000, List.of()));
        ScenarioReport first = runner.run();
        long now = runner.simulation().now();
        Map<String, Long> engine = first.table("Tbl", null).throttledByReason();
        assertThat(engine.values().stream().mapToLong(Long::longValue).sum()).isEqualTo(first.throttled());
        runner.simulation().trace().append(new RequestThrottled(now, "Tbl", null, 0, "PutItem", 3, 0, 3, null,
                "TableWriteProvisionedThroughputExceeded"));
        runner.simulation().trace().append(new RequestThrottled(now, "Tbl", null, 0, "PutItem", 2, 0, 2, null,
                "TableWriteKeyRangeThroughputExceeded"));
        TableReport t = runner.run(now, null).table("Tbl", null);
        assertThat(t.throttledByReason().get("TableWriteProvisionedThroughputExceeded"))
                .isEqualTo(engine.getOrDefault("TableWriteProvisionedThroughputExceeded", 0L) + 3);
        assertThat(t.throttledByReason().get("TableWriteKeyRangeThroughputExceeded"))
                .isEqualTo(engine.getOrDefault("TableWriteKeyRangeThroughputExceeded", 0L) + 2);
        assertThat(runner.run(now, null).finalText()).contains("  throttled by reason: TableWriteKeyRangeThroughputExceeded ");
    }

    @Test
    void report_splitSupersededByAThroughputRaise_listsOnlyTheThroughputSplitOfThatParent() {
        TableScenario table = new TableScenario("Tbl", PK, null, BillingMode.PROVISIONED, 10, 100, List.of());
        WorkloadScenario writes = new WorkloadScenario("w", "Tbl", KeyDistribution.uniform(1_000_000),
                RateShape.constant(100), OperationMix.only(Operation.PUT), null);
        SplitOverrides smallAndSlow = new SplitOverrides(20_000L, 600_000L, null, null, null, null);
        ScheduledEvent raise = new ScheduledEvent(10_000, "Tbl", null, new ProvisionedThroughput(10, 2_000));
        Scenario s = new Scenario("superseded", "", 5, 1_000, 20_000, 20_000, smallAndSlow, null, List.of(table),
                List.of(writes), List.of(raise));
        ScenarioRunner runner = new ScenarioRunner(s);
        ScenarioReport r = runner.run();

        SplitCancelled cancelled = runner.simulation().trace().ofType(SplitCancelled.class).get(0);
        assertThat(cancelled.cause()).isEqualTo(SplitCause.SIZE);
        assertThat(r.splits()).filteredOn(split -> split.parent() == cancelled.partition()).singleElement()
                .satisfies(split -> {
                    assertThat(split.cause()).isEqualTo("THROUGHPUT");
                    assertThat(split.startedMillis()).isEqualTo(split.completedMillis()).isEqualTo(cancelled.time());
                });
    }

    @Test
    void scenarioKeyHash_placesKeysByMd5OrByDynamoDbLocalsHash() {
        TableScenario table = new TableScenario("Tbl", PK, null, BillingMode.PAY_PER_REQUEST, 0, 0, List.of());
        for (KeyHash hash : List.of(KeyHash.MD5, KeyHash.DYNAMODB_LOCAL)) {
            Scenario s = new Scenario("h", "", 1, 1_000, 1_000, 1_000, null, null, List.of(table), List.of(), List.of(), hash);
            ScenarioRunner runner = new ScenarioRunner(s);
            String token = runner.simulation().database().placement("Tbl", AttributeValue.s("key-0")).token().toString();
            // md5("key-0") and sha1("LocalDdb" + "key-0"), first 128 bits
            assertThat(token).isEqualTo(hash == KeyHash.MD5 ? "b4428b7e85e1fa85481af6307d7f3cf7" : "c6f13b353e33296acb743a1666e125dd");
        }
    }

    @Test
    void run_scenarioChoosingThrottlingException_throttlesAnOnDemandHotKeyWithIt() {
        TableScenario table = new TableScenario("Tbl", PK, null, BillingMode.PAY_PER_REQUEST, 0, 0, List.of());
        WorkloadScenario hot = new WorkloadScenario("w", "Tbl", KeyDistribution.hotKey(1.0, KeyDistribution.uniform(10)),
                RateShape.constant(1_500), OperationMix.only(Operation.PUT), null);
        Scenario s = new Scenario("hot", "", 5, 1_000, 2_000, 2_000, null, OnDemandHotPartitionError.THROTTLING,
                List.of(table), List.of(hot), List.of());
        ScenarioRunner runner = new ScenarioRunner(s);
        ScenarioReport r = runner.run();
        assertThat(runner.simulation().database().onDemandHotPartitionError()).isEqualTo(OnDemandHotPartitionError.THROTTLING);
        assertThat(r.throttled()).isPositive();
        assertThat(r.table("Tbl", null).throttledByReason()).containsOnlyKeys("TableWriteKeyRangeThroughputExceeded");
    }

    @Test
    void run_rateLevelWorkload_capsAHotKeyAt1000WritesPerSecond_oneItemCountedNotStored() {
        // example 33 through a scenario at rate level: 1,500 writes/s of 1 KB on one key, 1,000 served each second
        TableScenario table = new TableScenario("Tbl", PK, null, BillingMode.PAY_PER_REQUEST, 0, 0, List.of());
        WorkloadScenario hot = new WorkloadScenario("w", "Tbl", KeyDistribution.hotKey(1.0, KeyDistribution.uniform(10)),
                RateShape.constant(1_500), OperationMix.only(Operation.PUT), null, 10);
        Scenario s = new Scenario("hot", "", 5, 1_000, 10_000, 10_000, null, null, List.of(table), List.of(hot), List.of());
        ScenarioRunner runner = new ScenarioRunner(s);
        ScenarioReport r = runner.run();
        assertThat(r.served()).isEqualTo(10_000);
        assertThat(r.throttled()).isEqualTo(5_000);
        // 10,000 puts on one key make one item, overwritten (as at item level); counted, but not stored
        assertThat(runner.simulation().database().describeTable("Tbl").itemCount()).isEqualTo(1);
        assertThat(runner.simulation().database().usage("Tbl").requests()).isEqualTo(10_000);
        assertThat(runner.simulation().database().usage("Tbl").throttledRequests()).isEqualTo(5_000);
        assertThat(runner.simulation().database().scan(new ScanRequest("Tbl", null, null, null, null, null, null, null,
                false, null, null, null, ReturnConsumedCapacity.NONE, null, null, null)).count()).isZero();
    }

    @Test
    void scenario_workloadOnAnUnknownTable_isRejected() {
        TableScenario table = new TableScenario("Tbl", PK, null, BillingMode.PAY_PER_REQUEST, 0, 0, List.of());
        WorkloadScenario w = new WorkloadScenario("w", "Unknown", KeyDistribution.uniform(1), RateShape.constant(1),
                OperationMix.only(Operation.GET), null);
        assertThatThrownBy(() -> new Scenario("s", null, 1, 1_000, 1_000, 1_000, null, null, List.of(table), List.of(w), List.of()))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("workload w: no table Unknown");
    }

    @Test
    void splitOverrides_someFields_keepTheDefaultsForTheRest() {
        SplitOverrides o = new SplitOverrides(1_000L, null, null, 60_000L, null, null);
        assertThat(o.settings().size().thresholdBytes()).isEqualTo(1_000);
        assertThat(o.settings().size().splitDurationMillis()).isEqualTo(300_000);
        assertThat(o.settings().heat().sustainMillis()).isEqualTo(60_000);
        assertThat(SplitOverrides.NONE.settings()).isEqualTo(dev.dynasim.engine.table.SplitSettings.DEFAULTS);
    }
}
