package dev.dynasim.bench;

import dev.dynasim.lesson.JShellSession;
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
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * One lesson step once JShell is up (issue 7, target 100 ms): a typical step's code, a write and a
 * read of the simulated table, compiled and run in the lesson's JShell session (a separate process).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(1)
@Warmup(iterations = 2, time = 5)
@Measurement(iterations = 5, time = 5)
public class LessonStepBenchmark {
    private JShellSession session;
    private int n;

    /** Starts the session and runs a lesson's set-up. */
    @Setup(Level.Trial)
    public void setUp() {
        session = new JShellSession(JShellSession.DEFAULT_TIMEOUT_MILLIS);
        session.run("import static dev.dynasim.shell.Shell.*;\nimport dev.dynasim.shell.*;\nreset(1);\n"
                + "var music = createTable(\"Music\", partitionKey(\"Artist\", S));", true);
    }

    /** A step: put an item, then read it back. */
    @Benchmark
    public JShellSession.Outcome step() {
        n++;
        return session.run("music.put(item(\"Artist\", \"A" + n + "\"));\nmusic.get(key(\"Artist\", \"A" + n + "\"))", false);
    }

    /** Ends the session's process. */
    @TearDown(Level.Trial)
    public void tearDown() {
        session.close();
    }
}
