package dev.dynasim.grading;

import static java.util.Map.entry;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.dynasim.lesson.Lesson;
import dev.dynasim.lesson.LessonCatalogue;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every graded exercise of the course (lessons/checks/ID.jsh) against its lesson's own answers: the
 * reference solution earns full marks, the typical wrong answer the score observed for it; and every
 * exercise of every lesson has a checks file. Each answer runs in its own sandboxed process, one at a
 * time (cheap-hour's lesson context alone takes about 10 s a run).
 */
class CourseExercisesTest {
    private static final LessonCatalogue LESSONS = LessonCatalogue.in(Path.of("lessons"));
    private static final Exercises EXERCISES = Exercises.of(LESSONS, List.of());
    /** What each exercise's {@code @wrong} answer scores, as observed: the points of the checks it still passes. */
    private static final Map<String, Double> WRONG_SCORES = Map.ofEntries(
            entry("cheap-hour", 4.0),
            entry("create-books", 2.0),
            entry("index-writes", 3.0),
            entry("key-in-p0", 2.0),
            entry("not-throttled", 2.0),
            entry("outage-read", 0.0),
            entry("own-items", 4.0),
            entry("pending-orders", 4.0),
            entry("replicas-up", 2.0),
            entry("strong-read", 2.0),
            entry("three-partitions", 3.0),
            entry("three-wcu", 2.0),
            entry("which-partition", 1.0));

    static List<String> gradedExercises() {
        return EXERCISES.ids();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("gradedExercises")
    void lessonSolution_graded_scoresFullMarks(String id) {
        GradedExercise exercise = EXERCISES.find(id);
        GradedSubmission g = grade(exercise, inLesson(id).solution());
        assertThat(g.outcome()).as(() -> described(g)).isEqualTo(RunOutcome.FINISHED);
        assertThat(g.errors()).as(() -> described(g)).isEmpty();
        assertThat(g.score()).as(() -> described(g)).isEqualTo(exercise.maxScore());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("gradedExercises")
    void lessonWrongAnswer_graded_scoresTheObservedScoreBelowFullMarks(String id) {
        GradedExercise exercise = EXERCISES.find(id);
        GradedSubmission g = grade(exercise, inLesson(id).wrong());
        assertThat(g.outcome()).as(() -> described(g)).isEqualTo(RunOutcome.FINISHED);
        assertThat(g.score()).as(() -> described(g)).isEqualTo(WRONG_SCORES.get(id)).isLessThan(exercise.maxScore());
    }

    @Test
    void checksFolder_everyLessonExercise_hasAChecksFileAndAWrongScore() {
        List<String> inLessons = LESSONS.lessons().stream().flatMap(l -> l.exercises().stream()).map(Lesson.Exercise::id).toList();
        assertThat(EXERCISES.ids()).containsExactlyInAnyOrderElementsOf(inLessons);
        assertThat(WRONG_SCORES.keySet()).containsExactlyInAnyOrderElementsOf(EXERCISES.ids());
    }

    @Test
    void find_unknownId_listsTheExercises() {
        assertThatThrownBy(() -> EXERCISES.find("no-such-exercise")).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("no exercise called \"no-such-exercise\"; exercises: cheap-hour, create-books, index-writes, key-in-p0, "
                        + "not-throttled, outage-read, own-items, pending-orders, replicas-up, strong-read, three-partitions, three-wcu, "
                        + "which-partition");
    }

    private static GradedSubmission grade(GradedExercise exercise, String code) {
        return new Grader(exercise, Limits.DEFAULT).gradeOne(exercise.id(), new SubmissionFile(Path.of(exercise.id() + ".jsh"), "", code, null));
    }

    private static Lesson.Exercise inLesson(String id) {
        return LESSONS.lessons().stream().flatMap(l -> l.exercises().stream()).filter(e -> e.id().equals(id)).findFirst()
                .orElseThrow(() -> new AssertionError("no lesson has an exercise " + id));
    }

    private static String described(GradedSubmission g) {
        return g.outcome() + " " + g.score() + "/" + g.maxScore() + ", errors " + g.errors() + "\n"
                + g.checks().stream().map(c -> (c.result().passed() ? "  pass " : "  FAIL ") + c.check().method() + ": " + c.result().feedback())
                        .collect(Collectors.joining("\n"));
    }
}
