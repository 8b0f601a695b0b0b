package dev.dynasim.bench;

import dev.dynasim.grading.Exercises;
import dev.dynasim.grading.GradedExercise;
import dev.dynasim.grading.Grader;
import dev.dynasim.grading.Limits;
import dev.dynasim.lesson.LessonCatalogue;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Grading a class (issue 8, target: 100 submissions in 2 minutes on 2 cores): 100 submissions of
 * which-partition (60 right, 30 wrong, 10 that do not compile), {@code jobs} at a time, each in its own
 * sandboxed process, from a fresh output folder each time (nothing resumed).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.SECONDS)
@Fork(1)
@Warmup(iterations = 1)
@Measurement(iterations = 3)
public class GradingBenchmark {
    @Param({"2", "4"})
    public int jobs;
    private Path dir;
    private final List<Path> files = new ArrayList<>();
    private Grader grader;
    private int run;

    /** Writes the 100 submissions and compiles the exercise's checks. */
    @Setup(Level.Trial)
    public void setUp() throws IOException {
        dir = Files.createTempDirectory("dynasim-grading-bench");
        for (int i = 0; i < 100; i++) {
            String code = i % 10 < 6 ? "int answer = users.whereIs(\"carol\").partition().id().number();"
                    : i % 10 < 9 ? "int answer = " + i % 8 + ";" : "int answer = users.whereIs(carol);";
            files.add(Files.writeString(dir.resolve(String.format("s%03d.jsh", i)), code + "\n"));
        }
        GradedExercise ex = Exercises.of(LessonCatalogue.in(Path.of("lessons")), List.of()).find("which-partition");
        grader = new Grader(ex, Limits.DEFAULT);
    }

    /** Grades the class into a new folder. */
    @Benchmark
    public Grader.Batch hundredSubmissions() {
        return grader.grade(files, dir.resolve("out-" + run++), jobs, r -> { });
    }

    /** Removes the submissions and results. */
    @TearDown(Level.Trial)
    public void tearDown() throws IOException {
        try (Stream<Path> all = Files.walk(dir)) {
            all.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
    }
}
