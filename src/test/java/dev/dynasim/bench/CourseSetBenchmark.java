package dev.dynasim.bench;

import dev.dynasim.chart.ChartInput;
import dev.dynasim.chart.CourseCharts;
import dev.dynasim.cli.ChartsCommand;
import dev.dynasim.engine.billing.PriceSheet;
import dev.dynasim.json.PriceSheetFiles;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The course set (issue 6, target 10 s on 2 cores): {@code courseSet} is what {@code ./dynasim charts}
 * does after start-up (run the five course scenarios and daily-peak's what-if replay, then draw and
 * write every chart); {@code drawOnly} draws and writes the charts of runs made once beforehand.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(value = 1, jvmArgs = {"-Xmx2g", "-Djava.awt.headless=true"})
@Warmup(iterations = 1)
@Measurement(iterations = 3)
public class CourseSetBenchmark {
    private final PriceSheet sheet = PriceSheetFiles.shipped("us-east-1");
    private List<ChartInput> runs;
    private Path out;

    /** Runs the course scenarios once, for drawOnly. */
    @Setup(Level.Trial)
    public void setUp() throws IOException {
        runs = simulate();
        out = Files.createTempDirectory("course-set");
    }

    private List<ChartInput> simulate() {
        return ChartsCommand.runAll(ChartsCommand.COURSE, ChartsCommand.COURSE_WHAT_IF::contains, sheet);
    }

    /** Simulates and draws the whole course set. */
    @Benchmark
    public List<CourseCharts.Written> courseSet() {
        return CourseCharts.write(simulate(), out, 1);
    }

    /** Draws and writes the course set's charts from runs made beforehand. */
    @Benchmark
    public List<CourseCharts.Written> drawOnly() {
        return CourseCharts.write(runs, out, 1);
    }
}
