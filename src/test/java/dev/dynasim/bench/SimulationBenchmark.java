package dev.dynasim.bench;

import dev.dynasim.engine.model.ProvisionedThroughput;
import dev.dynasim.engine.sim.Simulation;
import dev.dynasim.engine.sim.StepReport;
import dev.dynasim.engine.table.AttributeDefinition;
import dev.dynasim.engine.table.CreateTableRequest;
import dev.dynasim.engine.table.KeySchemaElement;
import dev.dynasim.engine.workload.ItemSize;
import dev.dynasim.engine.workload.KeyDistribution;
import dev.dynasim.engine.workload.OperationMix;
import dev.dynasim.engine.workload.RateShape;
import dev.dynasim.engine.workload.Workload;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Item-level simulation speed: one step of a mixed get/put workload (50/50, 1 KB items, uniform over
 * 100,000 keys) at {@value #RATE} requests per simulated second on a provisioned table of
 * {@value #PARTITIONS} partitions (the figure); the score is simulated requests per wall-clock second.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Fork(value = 1, jvmArgs = {"-Xmx1g"})
@Threads(1)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
public class SimulationBenchmark {
    static final int RATE = 20_000;
    static final int PARTITIONS = 100;

    /** Partitions of the table: {@value #PARTITIONS} by default (the figure). */
    @Param({"100"})
    public int partitions;

    /** Whether replication is simulated (true, the default) or switched off for the baseline figure. */
    @Param({"true", "false"})
    public boolean replication;

    private Simulation simulation;

    /** Creates the table with 40,000 RCU and WCU, splits it into 100 partitions and starts the workload. */
    @Setup(Level.Trial)
    public void start() {
        simulation = new Simulation(42);
        simulation.createTable(new CreateTableRequest("Bench", List.of(new AttributeDefinition("pk", "S")),
                List.of(new KeySchemaElement("pk", "HASH")), "PROVISIONED", new ProvisionedThroughput(40_000, 40_000),
                null, null, null));
        simulation.database().presplit("Bench", partitions);
        simulation.database().replication(replication);
        int made = simulation.database().partitions("Bench", null).size();
        if (made != partitions) throw new IllegalStateException("expected " + partitions + " partitions, got " + made);
        simulation.addWorkload(new Workload("Bench", KeyDistribution.uniform(100_000), RateShape.constant(RATE),
                OperationMix.of(0.5, 0.5, 0, 0, 0).withItemSize(ItemSize.fixed(1_000)), "bench"));
    }

    /** One simulated second of traffic. */
    @Benchmark
    @OperationsPerInvocation(RATE)
    public StepReport step() {
        return simulation.step();
    }
}
