package dev.dynasim.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code dynasim grade}: lists the exercises, grades a folder of submissions into the results, and refuses bad usage with a message. */
class GradeCommandTest {
    @Test
    void list_namesTheCoursesExercises() {
        CommandRun run = new CommandRun();
        assertThat(run.execute("grade", "--list")).isZero();
        assertThat(run.out.toString()).contains("which-partition\n", "own-items\n", "not-throttled\n", "cheap-hour\n", "strong-read\n");
    }

    @Test
    void anUnknownExercise_isAUsageErrorListingTheExercises(@TempDir Path dir) throws IOException {
        Path s = Files.writeString(dir.resolve("a.jsh"), "int answer = 1;\n");
        CommandRun run = new CommandRun();
        assertThat(run.execute("grade", "--exercise", "nope", "--out", dir.resolve("out").toString(), s.toString())).isEqualTo(2);
        assertThat(run.err.toString()).contains("no exercise called \"nope\"; exercises: ").contains("which-partition").doesNotContain("Exception");
    }

    @Test
    void missingSubmissions_andMissingOut_areUsageErrors(@TempDir Path dir) {
        CommandRun run = new CommandRun();
        assertThat(run.execute("grade", "--exercise", "which-partition", "--out", dir.toString())).isEqualTo(2);
        assertThat(run.err.toString()).contains("No submissions given");
        CommandRun noOut = new CommandRun();
        assertThat(noOut.execute("grade", "--exercise", "which-partition", dir.resolve("missing.jsh").toString())).isEqualTo(2);
        assertThat(noOut.err.toString()).contains("Missing --out DIR");
    }

    @Test
    void aFolderOfSubmissions_isGradedIntoTheResults(@TempDir Path dir) throws IOException {
        Path in = Files.createDirectories(dir.resolve("class"));
        Files.writeString(in.resolve("ann.jsh"), "int answer = users.whereIs(\"carol\").partition().id().number();\n");
        Files.writeString(in.resolve("ben.jsh"), "int answer = 2;\n");
        Files.writeString(in.resolve("notes.txt"), "not a submission");
        Path out = dir.resolve("out");
        CommandRun run = new CommandRun();
        assertThat(run.execute("grade", "--exercise", "which-partition", "--out", out.toString(), "--time-limit", "5", in.toString())).isZero();
        assertThat(run.out.toString()).startsWith("Grading 2 submission(s) of which-partition (3 points), ")
                .contains("ann: 3/3 (finished)", "ben: 1/3 (finished)", "Done: 2 graded; class report (2 submissions) in ");
        assertThat(out.resolve("ann/results.json")).exists();
        assertThat(out.resolve("class.csv")).hasContent("submission,score,max_score,outcome,rightPartition,tableUnchanged\nann,3,3,FINISHED,2,1\nben,1,3,FINISHED,0,1");
        CommandRun again = new CommandRun();
        assertThat(again.execute("grade", "--exercise", "which-partition", "--out", out.toString(), "--time-limit", "5", in.toString())).isZero();
        assertThat(again.out.toString()).contains("Done: 0 graded, 2 already graded (kept)");
    }
}
