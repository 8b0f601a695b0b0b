package dev.dynasim.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.dynasim.engine.sim.IntervalRow;
import dev.dynasim.engine.sim.PartitionReport;
import dev.dynasim.engine.sim.ReplicationReport;
import dev.dynasim.engine.sim.Scenario;
import dev.dynasim.engine.sim.ScenarioReport;
import dev.dynasim.engine.sim.ScenarioRunner;
import dev.dynasim.engine.sim.SplitRecord;
import dev.dynasim.engine.sim.TableReport;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Every shipped scenario runs, shows its point with exact numbers, and runs the same twice. */
class ShippedScenariosTest {
    private static final Map<String, Run> RUNS = new ConcurrentHashMap<>();

    /** One run of a scenario: its report, trace and summary JSON. */
    private record Run(ScenarioReport report, String trace, String summary) {
    }

    private static Run run(String name) {
        return RUNS.computeIfAbsent(name, ShippedScenariosTest::runFresh);
    }

    private static Run runFresh(String name) {
        StringBuilder trace = new StringBuilder();
        ScenarioReport report = new ScenarioRunner(ScenarioFiles.readResource(name), trace).run();
        return new Run(report, trace.toString(), SummaryJson.write(report));
    }

    static List<String> shipped() {
        return ScenarioFiles.SHIPPED;
    }

    @ParameterizedTest
    @MethodSource("shipped")
    void shippedScenario_runTwice_givesByteIdenticalTraceAndSummary(String name) {
        Run first = run(name);
        Run second = runFresh(name);
        assertThat(second.trace()).isEqualTo(first.trace()).isNotEmpty();
        assertThat(second.summary()).isEqualTo(first.summary());
        assertThat(second.report().toString()).isEqualTo(first.report().toString());
    }

    @ParameterizedTest
    @MethodSource("shipped")
    void shippedScenario_byName_hasItsNameADescriptionAndRunsToItsDuration(String name) {
        Scenario s = ScenarioFiles.readResource(name);
        ScenarioReport r = run(name).report();
        assertThat(s.name()).isEqualTo(name);
        assertThat(s.description()).isNotBlank();
        assertThat(r.endMillis()).isEqualTo(s.durationMillis());
        assertThat(r.ticks()).isEqualTo(s.durationMillis() / s.tickMillis());
        assertThat(r.intervals().stream().mapToLong(IntervalRow::served).sum()).isEqualTo(r.served());
    }

    @Test
    void hotKey_onDemandTableAt2000WritesPerSecond_hotKeyIsolatedCapsAt1000AndNoSplitHelps() {
        ScenarioReport r = run("hot-key").report();
        TableReport events = r.table("Events", null);
        // adaptive capacity isolates the hot item (F3.20): a cut at its token, then one just above it
        assertThat(r.splits()).extracting(SplitRecord::startedMillis, SplitRecord::completedMillis, SplitRecord::cause)
                .containsExactly(tuple(20_000L, 40_000L, "HEAT"), tuple(60_000L, 80_000L, "HEAT"));
        String hotToken = "b4428b7e85e1fa85481af6307d7f3cf7"; // md5("key-0")
        assertThat(r.splits().get(0).splitToken()).isEqualTo(hotToken);
        assertThat(r.splits().get(1).splitToken()).isEqualTo("b4428b7e85e1fa85481af6307d7f3cf8");
        PartitionReport hot = events.partitions().stream().filter(p -> p.throttledRequests() > 0).findFirst().orElseThrow();
        assertThat(events.partitions().stream().filter(p -> p.throttledRequests() > 0)).hasSize(1);
        assertThat(hot.rangeStart()).isEqualTo(hotToken);
        assertThat(hot.rangeEnd()).isEqualTo("b4428b7e85e1fa85481af6307d7f3cf8");
        // alone in its partition since 0:01:20, the hot key gets the partition ceiling of 1,000 WCU/s, no more
        assertThat(hot.servedRequests()).isEqualTo(40_000);
        assertThat(hot.peakWriteUnitsPerSecond()).isEqualTo(1_000.0);
        // 2,000/s of which 75% (+0.0025% from the tail) go to the hot key: about 500/s throttled
        assertThat(r.served() + r.throttled()).isEqualTo(240_000);
        assertThat(r.throttled()).isEqualTo(63_278).isBetween(120L * 450, 120L * 600);
        assertThat(events.usage().throttledRequests()).isEqualTo(r.throttled());
        assertThat(r.noSplitHelps()).hasSize(1);
        assertThat(r.noSplitHelps().get(0).why()).startsWith("RANGE_TOO_NARROW");
        assertThat(r.noSplitHelps().get(0).partition()).isEqualTo(hot.id());
    }

    @Test
    void hotKey_isolation_relievesTheKeysThatSharedTheHotPartition() {
        ScenarioReport r = run("hot-key").report();
        List<IntervalRow> rows = r.intervals();
        // before the first isolation split completes the hot partition also throttles its other keys
        assertThat(rows.get(0).throttled()).isEqualTo(5_577);
        // afterwards only the hot key's excess over 1,000 writes/s is refused: about 500/s
        assertThat(rows.get(rows.size() - 1).throttled()).isEqualTo(5_009);
    }

    @Test
    void dailyPeak_rateLevelDay_throttlesOnlyAroundTheAfternoonPeak() {
        ScenarioReport r = run("daily-peak").report();
        assertThat(r.ticks()).isEqualTo(86_400);
        assertThat(r.served()).isEqualTo(140_438_908L);
        assertThat(r.throttled()).isEqualTo(32_361_091L);
        List<IntervalRow> hours = r.intervals();
        assertThat(hours).hasSize(24);
        // nothing throttled through the night and morning (the 08:00 hour spends the burst bank) or after 20:00
        for (int h = 0; h < 24; h++) {
            assertThat(hours.get(h).throttled() > 0).as("hour %d throttled", h).isEqualTo(h >= 8 && h < 20);
        }
        // at the peak 3,500 requests/s: reads want 1,575 RCU/s of 1,000 and writes 350 WCU/s of 200
        assertThat(hours.get(13).served()).isEqualTo(7_920_000L);
        assertThat(hours.get(13).throttled()).isEqualTo(4_618_501L);
        TableReport catalog = r.table("Catalog", null);
        assertThat(catalog.partitions()).hasSize(1);
        assertThat(r.splits()).isEmpty();
        // later puts overwrite: the table levels off near its 10^6 keys of about 1 KB
        assertThat(catalog.partitions().get(0).storedBytes()).isEqualTo(999_071_498L).isBetween(900_000_000L, 1_000_000_000L);
    }

    @Test
    void azLoss_leaderZoneDown_writesAndStrongReadsPauseForTheLeaseOnly() {
        ScenarioReport r = run("az-loss").report();
        List<IntervalRow> rows = r.intervals();
        // only the interval with the fault has failures: 2 s of writes and strong reads on 3 of 8 partitions
        assertThat(rows).extracting(IntervalRow::failed).containsExactly(0L, 0L, 283L, 0L, 0L, 0L, 0L, 0L, 0L, 0L, 0L, 0L, 0L, 0L,
                0L, 0L);
        ReplicationReport rep = r.replication().get(0);
        assertThat(rep.refusedByReason()).containsExactly(Map.entry("LEASE_WAIT", 283L));
        assertThat(rep.leaderElections()).isEqualTo(3);
        assertThat(rep.lowestAvailability()).isEqualTo(1 - 283.0 / 150_000);
        assertThat(r.served()).isEqualTo(240_000 - 283);
    }

    @Test
    void twoAzLoss_noQuorumAnywhere_everyWriteAndStrongReadRefusedForTheMinute() {
        ScenarioReport r = run("two-az-loss").report();
        List<IntervalRow> rows = r.intervals();
        // 500 requests/s for 60 s, half puts and a quarter strong gets (22,459 as drawn): every one refused,
        // every eventual get served
        assertThat(rows.get(2).failed() + rows.get(3).failed()).isEqualTo(22_459);
        assertThat(rows.get(2).served() + rows.get(3).served() + 22_459).isEqualTo(30_000);
        ReplicationReport rep = r.replication().get(0);
        assertThat(rep.refusedByReason()).containsOnlyKeys("NO_QUORUM");
        assertThat(rep.leaderElections()).isEqualTo(3 + 8);
        assertThat(rep.lowestAvailability()).isEqualTo(1 - 22_459.0 / 150_000);
        // eventual reads go on from the surviving replica
        assertThat(rows.get(2).served()).isEqualTo(3_750);
    }

    @Test
    void slowReplica_raisesTheStaleShareWhileSlow() {
        ScenarioReport r = run("slow-replica").report();
        List<IntervalRow> rows = r.intervals();
        for (int i = 0; i < rows.size(); i++) {
            double stale = (double) rows.get(i).staleReads() / rows.get(i).eventualReads();
            boolean slow = i >= 3 && i < 9;
            // the lag model's stale chance (ReplicaGroup.staleProbability): 1.6% normally, 22.2% with +2 s on one follower
            assertThat(stale).as("interval %d", i).isBetween(slow ? 0.2 : 0.01, slow ? 0.25 : 0.025);
        }
        ReplicationReport rep = r.replication().get(0);
        assertThat(rep.eventualReads()).isEqualTo(215_866);
        assertThat(rep.staleReads()).isEqualTo(25_727);
        assertThat(rep.maxStalenessMillis()).isEqualTo(2_349);
    }

    @Test
    void strongVsEventual_strongReadsNeverStaleAndCostTwice() {
        ScenarioReport r = run("strong-vs-eventual").report();
        ReplicationReport eventual = r.replication().get(0);
        ReplicationReport strong = r.replication().get(1);
        assertThat(eventual.table()).isEqualTo("Eventual");
        // the lag model predicts (0.408 + 0.024) / 3 = 14.4% of 107,801
        assertThat(eventual.staleReads()).isEqualTo(15_637);
        assertThat(strong.table()).isEqualTo("Strong");
        assertThat(strong.eventualReads()).isZero();
        assertThat(strong.staleReads()).isZero();
        // the same 108,000 or so reads of 500 B: 0.5 RCU eventually consistent, 1 RCU strongly
        assertThat(r.table("Eventual", null).consumedReadUnits()).isEqualTo(53_900.5);
        assertThat(r.table("Strong", null).consumedReadUnits()).isEqualTo(108_028);
    }

    @Test
    void writeSharding_sameRateAsHotKey_throttlesNothing() {
        ScenarioReport sharded = run("write-sharding").report();
        ScenarioReport hot = run("hot-key").report();
        assertThat(sharded.served() + sharded.throttled()).isEqualTo(hot.served() + hot.throttled()).isEqualTo(240_000);
        assertThat(sharded.throttled()).isZero();
        assertThat(hot.throttled()).isGreaterThan(60_000);
        assertThat(sharded.table("Events", null).partitions())
                .allSatisfy(p -> assertThat(p.peakWriteUnitsPerSecond()).isLessThan(1_000.0));
    }

    @Test
    void growingTable_loweredSizeThreshold_splitsForSizeWithinMinutes() {
        Scenario s = ScenarioFiles.readResource("growing-table");
        ScenarioReport r = run("growing-table").report();
        assertThat(s.split().sizeThresholdBytes()).isEqualTo(4_000_000L);
        assertThat(s.description()).contains("4 MB").contains("10 GB");
        assertThat(r.splits()).hasSize(15).allSatisfy(x -> {
            assertThat(x.cause()).isEqualTo("SIZE");
            assertThat(x.completedMillis() - x.startedMillis()).isEqualTo(30_000);
            assertThat(x.children()).hasSize(2);
        });
        SplitRecord first = r.splits().get(0);
        // 200 items of ~1 KB per second pass 4 MB after about 20 s
        assertThat(first.startedMillis()).isEqualTo(21_000);
        assertThat(first.completedMillis()).isEqualTo(51_000);
        TableReport orders = r.table("Orders", null);
        assertThat(orders.partitions()).hasSize(16);
        assertThat(orders.partitions()).allSatisfy(p -> assertThat(p.storedBytes()).isLessThan(4_000_000L));
        assertThat(orders.partitions().stream().mapToDouble(PartitionReport::allocatedWriteUnits).sum()).isEqualTo(400.0);
        assertThat(r.throttled()).isZero();
        assertThat(r.intervals().get(r.intervals().size() - 1).partitions()).isEqualTo(16);
    }

    @Test
    void onDemandSpike_6000WruPerSecondOnANewTable_serves4000AtOnceAndThrottlesTheRest() {
        ScenarioReport r = run("on-demand-spike").report();
        // 15 s rows: 100 writes/s before and after, 750 writes/s (8 WCU each) from 1:00 to 2:00
        for (int i = 0; i < 12; i++) {
            IntervalRow row = r.intervals().get(i);
            boolean spike = i >= 4 && i < 8;
            assertThat(row.served()).isEqualTo(spike ? 15L * 500 : 15L * 100);
            assertThat(row.throttled()).isEqualTo(spike ? 15L * 250 : 0);
        }
        TableReport t = r.table("Tickets", null);
        assertThat(t.consumedWriteUnits()).isEqualTo(42_000.0 * 8);
        assertThat(t.throttledWriteUnits()).isEqualTo(15_000.0 * 8);
        assertThat(r.served()).isEqualTo(42_000);
        assertThat(r.throttled()).isEqualTo(15_000);
    }

    @Test
    void burstAndAdaptive_burstServes400WritesPerSecondFor100sOn100Wcu_thenThrottlesUntilRaised() throws Exception {
        Run run = run("burst-and-adaptive");
        Map<Long, Long> served = new TreeMap<>();
        Map<Long, Long> throttled = new TreeMap<>();
        ObjectMapper json = new ObjectMapper();
        for (String line : run.trace().split("\n")) {
            JsonNode e = json.readTree(line);
            if (e.get("type").asText().equals("TickMetrics") && e.get("table").asText().equals("Burst")) {
                served.merge(e.get("time").asLong() / 1000, e.get("servedRequests").asLong(), Long::sum);
                throttled.merge(e.get("time").asLong() / 1000, e.get("throttledRequests").asLong(), Long::sum);
            }
        }
        for (long second = 1; second <= 480; second++) {
            long expectServed = second <= 300 ? 0 : second <= 400 ? 400 : second <= 420 ? 100 : 400;
            assertThat(served.getOrDefault(second, 0L)).as("served in second %d", second).isEqualTo(expectServed);
            assertThat(throttled.getOrDefault(second, 0L)).as("throttled in second %d", second).isEqualTo(second > 400 && second <= 420 ? 300 : 0);
        }
        ScenarioReport r = run.report();
        assertThat(r.eventsApplied()).hasSize(1);
        assertThat(r.eventsApplied().get(0).atMillis()).isEqualTo(420_000);
        TableReport burst = r.table("Burst", null);
        assertThat(burst.writeCapacity()).isEqualTo(400);
        assertThat(burst.servedRequests()).isEqualTo(100L * 400 + 20L * 100 + 60L * 400);
        assertThat(burst.throttledRequests()).isEqualTo(6_000);
    }

    @Test
    void burstAndAdaptive_hotPartitionAbove100WcuShare_isServedByAdaptiveCapacity() {
        TableReport adaptive = run("burst-and-adaptive").report().table("Adaptive", null);
        PartitionReport hot = adaptive.partitions().stream()
                .max(Comparator.comparingLong(PartitionReport::servedRequests)).orElseThrow();
        assertThat(adaptive.partitions()).hasSize(4);
        assertThat(hot.allocatedWriteUnits()).isEqualTo(100.0);
        // ~190 writes/s of 1 KB on a partition whose share is 100 WCU, for 480 s
        assertThat(hot.servedRequests()).isEqualTo(90_082).isGreaterThan(480L * 180);
        assertThat(hot.peakWriteUnitsPerSecond()).isGreaterThan(180.0);
        assertThat(adaptive.servedRequests() + adaptive.throttledRequests()).isEqualTo(480L * 300);
        assertThat(adaptive.throttledRequests()).isEqualTo(16).isLessThan(20);
    }

    @Test
    void leastPrivilege_analystsPutsAreAllDenied_ordersAppIsNever() {
        Run r = run("least-privilege");
        assertThat(r.report().served()).isEqualTo(14_731);
        assertThat(r.report().intervals().stream().mapToLong(IntervalRow::failed).sum()).isEqualTo(269);
        assertThat(r.report().accessDenied()).singleElement().satisfies(d -> {
            assertThat(d.principal()).isEqualTo("arn:aws:iam::123456789012:user/analyst");
            assertThat(d.operation()).isEqualTo("PutItem");
            assertThat(d.requests()).isEqualTo(269);
            assertThat(d.message()).isEqualTo("User: arn:aws:iam::123456789012:user/analyst is not authorized to perform: "
                    + "dynamodb:PutItem on resource: arn:aws:dynamodb:us-east-1:123456789012:table/Orders"
                    + " because no identity-based policy allows the dynamodb:PutItem action");
        });
        assertThat(r.trace()).contains("{\"type\":\"AccessDenied\",\"time\":1000,\"table\":\"Orders\","
                + "\"principal\":\"arn:aws:iam::123456789012:user/analyst\",\"operation\":\"PutItem\"");
    }
}
