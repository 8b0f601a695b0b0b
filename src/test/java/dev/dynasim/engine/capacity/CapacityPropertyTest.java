package dev.dynasim.engine.capacity;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Invariants of the gates over arbitrary request sequences. */
class CapacityPropertyTest {
    /** One request: after {@code gapMillis}, ask for {@code halfUnits} / 2 units. */
    record Step(long gapMillis, int halfUnits) {
    }

    @Provide
    Arbitrary<List<Step>> steps() {
        Arbitrary<Step> step = Combinators.combine(Arbitraries.longs().between(0, 3_000),
                Arbitraries.integers().between(0, 400)).as(Step::new);
        return step.list().ofMinSize(1).ofMaxSize(300);
    }

    @Property(tries = 500, seed = "20261124")
    void tokenBucket_neverServesMoreThanItsStartPlusRefill(@ForAll("steps") List<Step> steps,
                                                          @ForAll("rates") int rate) {
        TokenBucket bucket = new TokenBucket(rate, rate * 2.0, rate, 0);
        long now = 0;
        double served = 0;
        for (Step step : steps) {
            now += step.gapMillis();
            double units = step.halfUnits() / 2.0;
            if (bucket.tryConsume(units, now)) {
                served += units;
            }
            assertThat(bucket.available(now)).isBetween(0.0, rate * 2.0);
        }
        assertThat(served).isLessThanOrEqualTo(rate + rate * now / 1000.0);
    }

    @Property(tries = 500, seed = "20261124")
    void provisionedPartition_neverServesMoreThanTheCeilingAllows(@ForAll("steps") List<Step> steps,
                                                                 @ForAll("rates") int rate) {
        ProvisionedPartitionCapacity partition = new ProvisionedPartitionCapacity(ResourceType.Table,
                OperationType.Write, rate, 1_000, 300, rate * 300.0, 0);
        long now = 0;
        double served = 0;
        for (Step step : steps) {
            now += step.gapMillis();
            double units = step.halfUnits() / 2.0;
            if (partition.tryConsume(units, now).admitted()) {
                served += units;
            }
        }
        assertThat(served).isLessThanOrEqualTo(1_000 + 1_000 * now / 1000.0);
        assertThat(served).isLessThanOrEqualTo(rate * 301.0 + rate * now / 1000.0);
    }

    @Property(tries = 300, seed = "20261124")
    void admission_throttled_changesNoGate(@ForAll("steps") List<Step> steps) {
        ProvisionedPartitionCapacity table = new ProvisionedPartitionCapacity(ResourceType.Table,
                OperationType.Write, 100, 1_000, 0, 0, 0);
        ProvisionedPartitionCapacity gsi = new ProvisionedPartitionCapacity(ResourceType.Index,
                OperationType.Write, 40, 1_000, 0, 0, 0);
        long now = 0;
        for (Step step : steps) {
            now += step.gapMillis();
            double units = step.halfUnits() / 2.0;
            double tableBefore = table.allocatedBalance(now);
            double gsiBefore = gsi.allocatedBalance(now);
            ThrottleDecision decision = Admission.tryConsumeAll(
                    List.of(new CapacityClaim(table, units), new CapacityClaim(gsi, units)), now);
            if (decision.throttled()) {
                assertThat(table.allocatedBalance(now)).isEqualTo(tableBefore);
                assertThat(gsi.allocatedBalance(now)).isEqualTo(gsiBefore);
            } else {
                assertThat(micros(table.allocatedBalance(now))).isEqualTo(micros(tableBefore) - micros(units));
                assertThat(micros(gsi.allocatedBalance(now))).isEqualTo(micros(gsiBefore) - micros(units));
            }
        }
    }

    private static long micros(double units) {
        return Math.round(units * 1_000_000);
    }

    @Provide
    Arbitrary<Integer> rates() {
        return Arbitraries.integers().between(1, 5_000);
    }
}
