package dev.dynasim.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code dynasim lesson N} without a terminal prints the transcript; {@code dynasim lessons} lists the lessons with their status. */
class LessonCommandTest {
    private final CommandRun run = new CommandRun();

    @TempDir
    Path home;

    @BeforeEach
    void fixtureLessons() {
        System.setProperty("dynasim.lessons", "src/test/resources/lessons-fixture");
        System.setProperty("dynasim.home", home.toString());
    }

    @AfterEach
    void restore() {
        System.clearProperty("dynasim.lessons");
        System.clearProperty("dynasim.home");
    }

    @Test
    void lessonWithoutATerminal_printsItsTranscript_andSucceedsWhenEveryReferenceSolutionPasses() {
        assertThat(run.execute("lesson", "1", "--no-pause")).isZero();
        assertThat(run.out.toString()).startsWith("Lesson 1: A tiny lesson (about 2 minutes)\n")
                .contains("PASSED count: correct: 1 item").endsWith("End of lesson 1.\n");
    }

    @Test
    void anUnknownLesson_isOneLineOfError_andLessonsListsTheirStatus() {
        assertThat(run.execute("lesson", "7", "--no-pause")).isEqualTo(1);
        assertThat(run.err.toString()).isEqualTo("Error: there is no lesson 7; the lessons are 1 to 1 (./dynasim lessons lists them)"
                + System.lineSeparator());
        assertThat(run.execute("lessons")).isZero();
        assertThat(run.out.toString()).isEqualTo(" 1  A tiny lesson                                             2 min  not started\n"
                + "./dynasim lesson N opens one; you come back where you left it.\n");
    }
}
