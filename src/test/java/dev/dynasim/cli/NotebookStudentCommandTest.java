package dev.dynasim.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code dynasim notebook student IN OUT} makes the students' copy of any notebook (an instructor's own):
 * solutions and hidden checks gone; and the notebooks it and {@code notebook run} rewrite keep their
 * permissions, links and read-only state.
 */
class NotebookStudentCommandTest {
    private static final String INSTRUCTORS = """
            {"cells": [
              {"cell_type": "code", "execution_count": 1, "id": "a", "metadata": {"dynasim": {"exercise": "mine", "role": "answer"}},
               "outputs": [{"name": "stdout", "output_type": "stream", "text": ["x ==> 42\\n"]}],
               "source": ["// BEGIN SOLUTION\\n", "int x = 42;\\n", "// END SOLUTION"]},
              {"cell_type": "code", "execution_count": 2, "id": "b", "metadata": {}, "outputs": [],
               "source": ["check(x);\\n", "// BEGIN HIDDEN CHECKS\\n", "secret(x);\\n", "// END HIDDEN CHECKS"]},
              {"cell_type": "code", "execution_count": 3, "id": "c", "metadata": {"dynasim": {"exercise": "mine", "role": "hidden-check"}},
               "outputs": [], "source": ["moreSecrets(x);"]}
             ], "metadata": {"kernelspec": {"display_name": "Java", "language": "java", "name": "java"}}, "nbformat": 4, "nbformat_minor": 5}
            """;

    @Test
    void student_stripsSolutionsAndHiddenChecks_fromAnInstructorsOwnNotebook(@TempDir Path dir) throws IOException {
        Path in = Files.writeString(dir.resolve("mine.ipynb"), INSTRUCTORS);
        Path out = dir.resolve("mine-student.ipynb");
        CommandRun run = new CommandRun();
        assertThat(run.execute("notebook", "student", in.toString(), out.toString())).isZero();
        assertThat(run.out.toString()).isEqualTo("students' copy of " + in + " written to " + out + "\n");
        String copy = Files.readString(out);
        assertThat(copy).contains("// YOUR CODE HERE", "check(x);").doesNotContain("int x = 42", "x ==> 42", "secret(x)", "moreSecrets", "\"c\"");
        assertThat(Files.readString(in)).isEqualTo(INSTRUCTORS);
    }

    @Test
    void student_intoItself_isRefused(@TempDir Path dir) throws IOException {
        Path in = Files.writeString(dir.resolve("mine.ipynb"), INSTRUCTORS);
        CommandRun run = new CommandRun();
        assertThat(run.execute("notebook", "student", in.toString(), in.toString())).isEqualTo(2);
        assertThat(run.err.toString()).contains("IN and OUT are the same file");
        assertThat(Files.readString(in)).isEqualTo(INSTRUCTORS);
    }

    @Test
    void rewriting_keepsTheFilesMode_writesThroughALink_andRefusesAReadOnlyFile(@TempDir Path dir) throws IOException {
        Path in = Files.writeString(dir.resolve("mine.ipynb"), INSTRUCTORS);
        Path real = Files.writeString(dir.resolve("real.ipynb"), "{}");
        Files.setPosixFilePermissions(real, PosixFilePermissions.fromString("rw-rw----"));
        Path link = Files.createSymbolicLink(dir.resolve("link.ipynb"), real);
        assertThat(new CommandRun().execute("notebook", "student", in.toString(), link.toString())).isZero();
        assertThat(Files.isSymbolicLink(link)).isTrue();
        assertThat(Files.readString(real)).contains("// YOUR CODE HERE");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(real))).isEqualTo("rw-rw----");
        Path readOnly = Files.writeString(dir.resolve("ro.ipynb"), "{}");
        Files.setPosixFilePermissions(readOnly, PosixFilePermissions.fromString("r--r--r--"));
        CommandRun refused = new CommandRun();
        assertThat(refused.execute("notebook", "student", in.toString(), readOnly.toString())).isEqualTo(1);
        assertThat(refused.err.toString()).contains("read-only");
        assertThat(Files.readString(readOnly)).isEqualTo("{}");
    }

    @Test
    void run_onAReadOnlyNotebook_isRefusedBeforeAnyCellRuns(@TempDir Path dir) throws IOException {
        Path readOnly = Files.writeString(dir.resolve("ro.ipynb"), INSTRUCTORS);
        Files.setPosixFilePermissions(readOnly, PosixFilePermissions.fromString("r--r--r--"));
        CommandRun run = new CommandRun();
        assertThat(run.execute("notebook", "run", readOnly.toString())).isEqualTo(1);
        assertThat(run.err.toString()).isEqualTo("Error: " + readOnly + " is read-only: its outputs could not be written back\n");
        assertThat(Files.readString(readOnly)).isEqualTo(INSTRUCTORS);
    }
}
