package dev.dynasim.bench;

import dev.dynasim.engine.model.ProvisionedThroughput;
import dev.dynasim.engine.sim.Simulation;
import dev.dynasim.engine.sim.StepReport;
import dev.dynasim.engine.table.AttributeDefinition;
import dev.dynasim.engine.table.CreateTableRequest;
import dev.dynasim.engine.table.KeySchemaElement;
import dev.dynasim.engine.trace.Trace;
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
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Rate-level speed: {@code days} simulated days at 1 s ticks of a table pre-split into
 * {@code partitions} partitions, under a Zipf (s = 1.0, 1,000,000 keys) get/put workload of
 * 20,000 requests per second with 64 heavy hitters, in a 1 GB heap; the score is wall time.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.SECONDS)
@Fork(value = 1, jvmArgs = {"-Xmx1g"})
@Warmup(iterations = 0)
@Measurement(iterations = 1)
public class RateLevelBenchmark {
    @Param({"1000"})
    int partitions;

    @Param({"86400"})
    long ticks;

    /** Runs the whole simulated period. */
    @Benchmark
    public StepReport simulateDay() {
        Simulation sim = new Simulation(42, 1_000, new Trace());
        sim.tracePartitionMetrics(false);
        sim.createTable(new CreateTableRequest("Wide", List.of(new AttributeDefinition("pk", "S")),
                List.of(new KeySchemaElement("pk", "HASH")), "PROVISIONED", new ProvisionedThroughput(40_000, 40_000),
                null, null, null));
        sim.database().presplit("Wide", partitions);
        sim.addRateWorkload(new Workload("Wide", KeyDistribution.zipf(1_000_000, 1.0), RateShape.constant(20_000),
                OperationMix.of(0.5, 0.5, 0, 0, 0).withItemSize(ItemSize.fixed(1_000)), "wide"), 64);
        return sim.run(ticks);
    }
}
