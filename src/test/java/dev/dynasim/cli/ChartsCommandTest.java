package dev.dynasim.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code dynasim charts}: writes PNGs, index.html and charts.json for the scenarios given; bad input is one line (a usage error for a bad option), no stack trace. */
class ChartsCommandTest {
    private final CommandRun run = new CommandRun();
    private final StringWriter out = run.out;
    private final StringWriter err = run.err;

    private int execute(String... args) {
        return run.execute(args);
    }

    @Test
    void charts_ofAGivenScenario_writeTheCourseSetFiles(@TempDir Path dir) throws Exception {
        assertThat(execute("charts", "--scenario", "hot-key", "--no-what-if", "--out", dir.toString())).isZero();
        assertThat(out.toString()).contains("charts of 1 scenario written to " + dir + "; open " + dir.resolve("index.html"));
        assertThat(dir.resolve("hot-key-partition-splits.png")).exists();
        assertThat(Files.readString(dir.resolve("index.html"))).contains("<h2>hot-key</h2>");
        assertThat(Files.readString(dir.resolve("charts.json"))).contains("\"scenario\" : \"hot-key\"");
        assertThat(err.toString()).isEmpty();
    }

    @Test
    void anUnknownScenario_orABadScale_isOneLineOfError(@TempDir Path dir) {
        assertThat(execute("charts", "--scenario", "nope", "--out", dir.toString())).isEqualTo(1);
        assertThat(err.toString()).startsWith("Error: ").doesNotContain("\tat ");
        err.getBuffer().setLength(0);
        assertThat(execute("charts", "--scenario", "hot-key", "--no-what-if", "--scale", "9", "--out", dir.toString())).isEqualTo(2);
        assertThat(err.toString()).startsWith("--scale must be a whole number from 1 to 4 (2 for print), not 9.0" + System.lineSeparator() + "Usage: dynasim charts");
    }
}
