package dev.dynasim.bench;

import dev.dynasim.engine.model.ProvisionedThroughput;
import dev.dynasim.engine.sim.Simulation;
import dev.dynasim.engine.sim.StepReport;
import dev.dynasim.engine.table.AttributeDefinition;
import dev.dynasim.engine.table.CreateTableRequest;
import dev.dynasim.engine.table.KeySchemaElement;
import dev.dynasim.engine.table.UpdateTableRequest;
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
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Item-level simulation speed: one step of a mixed get/put workload (50/50, 1 KB items, uniform over
 * 100,000 keys) at {@value #RATE} requests per simulated second on a provisioned table grown to 64
 * partitions; the score is simulated requests per wall-clock second.
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

    private Simulation simulation;

    /** Creates the table, raises it to 64 partitions and starts the workload. */
    @Setup(Level.Trial)
    public void start() {
        simulation = new Simulation(42);
        simulation.createTable(new CreateTableRequest("Bench", List.of(new AttributeDefinition("pk", "S")),
                List.of(new KeySchemaElement("pk", "HASH")), "PROVISIONED", new ProvisionedThroughput(1, 1), null, null, null));
        simulation.updateTable(new UpdateTableRequest("Bench", null, null, new ProvisionedThroughput(40_000, 40_000),
                null, null, null, null));
        int partitions = simulation.database().partitions("Bench", null).size();
        if (partitions != 64) throw new IllegalStateException("expected 64 partitions, got " + partitions);
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
