package dev.dynasim.shell;

import static dev.dynasim.shell.Shell.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.dynasim.engine.model.ScalarType;
import dev.dynasim.engine.partition.Throughput;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** scenario(name) loads a shipped scenario into the session; provision(r, w) is UpdateTable from the shell. */
class ShellScenarioAndProvisionTest {
    @BeforeEach
    void fresh() {
        reset();
    }

    @Test
    void scenario_loadsTablesAndTraffic_andRunsAsTheShippedScenarioDoes() {
        database(); // the session before
        Text loaded = scenario("growing-table");
        assertThat(loaded.value()).startsWith("growing-table: A table that grows until its partitions split for size.")
                .endsWith("\ntables: Orders; run(60) runs a minute of its traffic");
        assertThat(sim().now()).isZero();
        var first = run(60);
        assertThat(first.served()).isEqualTo(12_000);
        assertThat(first.throttled()).isZero();
        assertThat(table("Orders").partitions().size()).isEqualTo(2);
        assertThat(table("Orders").partitions().partitions().get(0).allocated()).isEqualTo(new Throughput(50, 200));
    }

    @Test
    void scenario_saysWhenItsScheduledEventsAreLeftOut_andAnUnknownNameIsAUsageError() {
        assertThat(scenario("burst-and-adaptive").value()).contains("tables: Adaptive, Burst;")
                .endsWith("\n(its 1 scheduled event(s) are not applied in the shell)");
        assertThatThrownBy(() -> scenario("nope")).isInstanceOf(ShellUsageException.class)
                .hasMessageContaining("no shipped scenario named \"nope\"");
        assertThat(help().value()).contains("scenario(\"hot-key\")", "music.provision(100, 50)");
    }

    @Test
    void provision_doublesPartitionsWhenRaised_andNeverMergesThemWhenLowered() {
        var scores = createTable("Scores", 3000, 1000, partitionKey("Id", ScalarType.S));
        assertThat(scores.partitions().size()).isEqualTo(2);
        var raised = scores.provision(3000, 3000);
        assertThat(raised.size()).isEqualTo(4);
        assertThat(raised.partitions().get(0).allocated()).isEqualTo(new Throughput(750, 750));
        var lowered = scores.provision(100, 100);
        assertThat(lowered.size()).isEqualTo(4);
        assertThat(lowered.partitions().get(3).allocated()).isEqualTo(new Throughput(25, 25));
        assertThat(database().spec("Scores").throughput().writeCapacityUnits()).isEqualTo(100);
    }

    @Test
    void provision_switchesAnOnDemandTableToProvisioned() {
        var events = createTable("Events", partitionKey("Id", ScalarType.S));
        assertThat(events.provision(10, 5).size()).isEqualTo(8);
        assertThat(events.toString()).isEqualTo("Table Events (Id:S), PROVISIONED, 0 items, 0 bytes");
    }
}
