package dev.dynasim.grading;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dynasim.lesson.LessonCatalogue;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The corpus of hostile and broken submissions (src/test/resources/grading/hostile, each file's first
 * line saying the outcome, score and message it must get) graded as one batch, two at a time: every
 * one ends in a graded outcome with the right message, and none escapes its folder or stops the batch.
 */
class HostileSubmissionsTest {
    private static final Path CORPUS = Path.of("src/test/resources/grading/hostile");
    private static final Limits TEST_LIMITS = new Limits(3_000, 128, 4_096);
    @TempDir
    static Path out;
    private static Map<String, ClassRow> rows;
    private static List<Path> files;

    @BeforeAll
    static void gradeTheCorpus() throws IOException {
        try (Stream<Path> s = Files.list(CORPUS)) {
            files = s.sorted().toList();
        }
        Grader grader = new Grader(exercise(), TEST_LIMITS);
        rows = grader.grade(files, out, 2, r -> { }).rows().stream().collect(Collectors.toMap(ClassRow::name, r -> r));
    }

    static GradedExercise exercise() {
        return Exercises.of(LessonCatalogue.in(Path.of("lessons")), List.of()).find("which-partition");
    }

    @Test
    void everyHostileSubmission_getsItsOutcomeScoreAndMessage() throws IOException {
        List<String> wrong = new ArrayList<>();
        for (Path f : files) {
            String name = f.getFileName().toString().replace(".jsh", "");
            String[] expect = Files.readAllLines(f).get(0).replaceFirst("^\uFEFF?// expect ", "").split(" ", 3);
            ClassRow row = rows.get(name);
            String feedback = Files.readString(out.resolve(name).resolve("feedback.txt"), StandardCharsets.UTF_8);
            if (row.outcome() != RunOutcome.valueOf(expect[0]) || row.score() != Double.parseDouble(expect[1]) || !feedback.contains(expect[2])) {
                wrong.add(name + ": expected " + String.join(" ", expect) + ", got " + row.outcome() + " " + row.score() + "\n" + feedback);
            }
        }
        assertThat(wrong).isEmpty();
        assertThat(rows).hasSize(files.size());
    }

    @Test
    void writeOutside_leavesNoFileBesideItsFolder() {
        assertThat(Path.of(System.getProperty("java.io.tmpdir"), "escaped.txt")).doesNotExist();
    }

    @Test
    void aCompilerBomb_leavesNoCompilationRunningInTheGrader() throws InterruptedException {
        List<Thread> compiling = Thread.getAllStackTraces().entrySet().stream()
                .filter(e -> Stream.of(e.getValue()).anyMatch(f -> f.getClassName().startsWith("com.sun.tools.javac.")))
                .map(Map.Entry::getKey).toList();
        for (Thread t : compiling) t.join(60_000); // a compilation about to finish would end; a bomb's never does
        assertThat(compiling).noneMatch(Thread::isAlive);
    }

    @Test
    void fakeResults_doNotReachTheGradersResults() throws IOException {
        String results = Files.readString(out.resolve("fake-results").resolve("results.json"));
        assertThat(results).contains("\"score\" : 1.0").doesNotContain("\"score\" : 100");
    }

    @Test
    void aSubmission_cannotReadAnInstructorsHiddenChecks(@TempDir Path instructor, @TempDir Path results) throws IOException {
        Path hidden = instructor.resolve("which-partition.jsh");
        Files.writeString(hidden, """
                // @grade which-partition
                // @check 1 hidden secret: the instructor's own check
                CheckResult secret(Submission s) {
                    return CheckResult.that(s.probe("answer").asLong() == 5, "P5", s.probe("answer").asText(), "");
                }
                """);
        Path submission = results.resolve("peek.jsh");
        Files.writeString(submission, "var peek = java.nio.file.Files.readString(java.nio.file.Path.of(\"" + hidden + "\"));\n");
        GradedExercise ex = Exercises.of(LessonCatalogue.in(Path.of("lessons")), List.of(instructor)).find("which-partition");
        GradedSubmission g = new Grader(ex, TEST_LIMITS).gradeOne("peek", SubmissionFile.read(submission, ex.id()));
        assertThat(ex.checks()).hasSize(3);
        assertThat(g.refused()).containsExactly("reading " + hidden + ", outside the submission's folder");
        assertThat(g.errors()).singleElement().asString().contains("SecurityException: reading " + hidden);
        assertThat(g.score()).isEqualTo(1.0); // only the shipped hidden check (Users unchanged) passes
    }

    @Test
    void unreadableFiles_areGradedAsUnreadableWithTheReason(@TempDir Path dir) throws IOException {
        Path binary = dir.resolve("binary.jsh");
        Files.write(binary, new byte[] {(byte) 0xC3, (byte) 0x28, 0x00, (byte) 0xFF});
        Path noAnswer = dir.resolve("empty.ipynb");
        Files.writeString(noAnswer, "{\"cells\": [], \"nbformat\": 4, \"nbformat_minor\": 5, \"metadata\": {}}");
        Path text = dir.resolve("answer.txt");
        Files.writeString(text, "P5");
        GradedExercise ex = exercise();
        Grader grader = new Grader(ex, TEST_LIMITS);
        assertThat(grader.gradeOne("binary", SubmissionFile.read(binary, ex.id())).errors()).containsExactly("the file is not UTF-8 text");
        assertThat(grader.gradeOne("empty", SubmissionFile.read(noAnswer, ex.id())).errors()).containsExactly(
                "the notebook has no answer cell for exercise which-partition (a code cell whose metadata has \"dynasim\": {\"exercise\": \"which-partition\"})");
        GradedSubmission txt = grader.gradeOne("answer", SubmissionFile.read(text, ex.id()));
        assertThat(txt.outcome()).isEqualTo(RunOutcome.UNREADABLE);
        assertThat(txt.score()).isZero();
        assertThat(txt.errors()).containsExactly("a submission is a .jsh file or a notebook (.ipynb)");
    }

    @Test
    void aFilledInNotebook_isGradedOnItsAnswerCellsOnly(@TempDir Path dir) throws IOException {
        Path nb = dir.resolve("student.ipynb");
        Files.writeString(nb, """
                {"cells": [
                  {"cell_type": "code", "id": "a", "metadata": {}, "outputs": [], "source": ["System.exit(3);"]},
                  {"cell_type": "code", "id": "b", "metadata": {"dynasim": {"exercise": "which-partition", "role": "answer"}}, "outputs": [],
                   "source": ["%jars ../target/dynasim.jar\\n", "// BEGIN SOLUTION\\n", "int answer = users.whereIs(\\"carol\\").partition().id().number();\\n", "// END SOLUTION"]}
                 ], "metadata": {}, "nbformat": 4, "nbformat_minor": 5}
                """);
        GradedExercise ex = exercise();
        GradedSubmission g = new Grader(ex, TEST_LIMITS).gradeOne("student", SubmissionFile.read(nb, ex.id()));
        assertThat(g.outcome()).isEqualTo(RunOutcome.FINISHED);
        assertThat(g.errors()).isEmpty();
        assertThat(g.score()).isEqualTo(3.0);
    }
}
