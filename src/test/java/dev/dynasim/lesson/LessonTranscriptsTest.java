package dev.dynasim.lesson;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dynasim.grading.Exercises;
import dev.dynasim.grading.GradedPractice;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Every lesson of the course: run straight through, its transcript equals its golden transcript
 * ({@code src/test/resources/lesson-transcripts/NN.txt}; {@code -Dlessons.update=true} rewrites them
 * after a deliberate change), every reference solution passes its check, every typical wrong answer
 * fails it with feedback, and the file runs as a plain JShell script without a compile error.
 */
class LessonTranscriptsTest {
    private static final Path GOLDEN = Path.of("src/test/resources/lesson-transcripts");
    private static final LessonCatalogue COURSE = LessonCatalogue.in(Path.of("lessons"));

    @TestFactory
    Stream<DynamicTest> everyLesson() {
        return COURSE.lessons().stream().map(l -> DynamicTest.dynamicTest("lesson " + l.number() + ": " + l.title(), () -> check(l)));
    }

    private static void check(Lesson lesson) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        LessonRunner runner = new LessonRunner(lesson, new PrintWriter(new OutputStreamWriter(bytes, StandardCharsets.UTF_8), true),
                () -> new JShellSession(JShellSession.DEFAULT_TIMEOUT_MILLIS), new GradedPractice(Exercises.of(COURSE, List.of())));
        int failures;
        try {
            failures = runner.transcript();
        } finally {
            runner.close();
        }
        String transcript = bytes.toString(StandardCharsets.UTF_8);
        Path golden = GOLDEN.resolve(String.format("%02d.txt", lesson.number()));
        if (Boolean.getBoolean("lessons.update")) {
            Files.createDirectories(GOLDEN);
            Files.writeString(golden, transcript, StandardCharsets.UTF_8);
        }
        assertThat(golden).as("the golden transcript of lesson " + lesson.number() + " (-Dlessons.update=true writes it)").exists();
        assertThat(failures).as("reference solutions failing their checks in lesson " + lesson.number() + ":\n" + transcript).isZero();
        assertThat(transcript).as("lesson " + lesson.number() + " against " + golden).isEqualTo(Files.readString(golden, StandardCharsets.UTF_8));
        assertThat(transcript).as("compile errors in lesson " + lesson.number()).doesNotContain("\nError: ");
        assertThat(lesson.exercises()).as("lesson " + lesson.number() + " ends with at least one exercise").isNotEmpty();
        try (JShellSession plain = new JShellSession(JShellSession.DEFAULT_TIMEOUT_MILLIS)) {
            String whole = Files.readString(COURSE.file(lesson.number()), StandardCharsets.UTF_8);
            JShellSession.Outcome asScript = plain.run(whole, false);
            assertThat(asScript.lines()).as("lesson " + lesson.number() + " as a plain JShell script").noneMatch(l -> l.startsWith("Error:"));
            for (Lesson.Exercise e : lesson.exercises()) {
                if (e.wrong().isEmpty()) continue;
                plain.run(e.wrong(), true);
                JShellSession.Outcome checked = plain.run(e.check(), true);
                String result = checked.lines().isEmpty() ? "" : checked.lines().get(checked.lines().size() - 1);
                assertThat(result).as("the wrong answer to " + e.id() + " fails its check with feedback").contains("NOT YET " + e.id() + ": ");
                assertThat(result.length()).as("feedback on " + e.id()).isGreaterThan(("$1 ==> NOT YET " + e.id() + ": ").length() + 20);
            }
        }
    }
}
