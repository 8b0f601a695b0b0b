package dev.dynasim.grading;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dynasim.lesson.JShellSession;
import dev.dynasim.lesson.Lesson;
import dev.dynasim.lesson.LessonCatalogue;
import dev.dynasim.lesson.PracticeCheck;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A lesson's :check by the grader's visible checks, on evidence read from the student's own session: the same verdict the grader gives, hidden checks only counted. */
class GradedPracticeTest {
    private static final LessonCatalogue COURSE = LessonCatalogue.in(Path.of("lessons"));

    @Test
    void aWrongAnswer_getsTheVisibleChecksFeedback_andHiddenOnesAreOnlyCounted() {
        Exercises exercises = Exercises.of(COURSE, List.of());
        GradedExercise graded = exercises.find("which-partition");
        Lesson.Exercise exercise = COURSE.lesson(2).exercises().get(0);
        try (JShellSession session = new JShellSession(JShellSession.DEFAULT_TIMEOUT_MILLIS)) {
            graded.context().forEach(code -> session.run(code, true));
            session.run("int answer = 3;", true);
            PracticeCheck.Verdict wrong = new GradedPractice(exercises).check(exercise, session);
            assertThat(wrong.passed()).isFalse();
            assertThat(wrong.lines()).containsExactly(
                    "[FAIL] answer is the number of the partition that stores carol (0/2): P3 is not the partition that stores carol. Hint: "
                            + "users.whereIs(\"carol\") shows the token of \"carol\" and the partition whose range holds it",
                    "1 more check is hidden: the grader runs it when your work is graded",
                    "NOT YET which-partition: 0 of 2 points");
            session.run("answer = 5;", true);
            assertThat(new GradedPractice(exercises).check(exercise, session).passed()).isTrue();
        }
    }

    @Test
    void anExerciseWithoutGradedChecks_isLeftToTheLessonsOwnCheck() {
        Lesson.Exercise other = new Lesson.Exercise("not-graded", "", List.of(), "int x = 1;", "", "check()", "", "");
        try (JShellSession session = new JShellSession(JShellSession.DEFAULT_TIMEOUT_MILLIS)) {
            assertThat(new GradedPractice(Exercises.of(COURSE, List.of())).check(other, session)).isNull();
        }
    }

    @Test
    void anUndefinedAnswer_isSaidInWords() {
        Exercises exercises = Exercises.of(COURSE, List.of());
        GradedExercise graded = exercises.find("which-partition");
        try (JShellSession session = new JShellSession(JShellSession.DEFAULT_TIMEOUT_MILLIS)) {
            graded.context().forEach(code -> session.run(code, true));
            PracticeCheck.Verdict v = new GradedPractice(exercises).check(COURSE.lesson(2).exercises().get(0), session);
            assertThat(v.lines().get(0)).startsWith("[FAIL] answer is the number of the partition that stores carol (0/2): answer could not be read (")
                    .endsWith("): define it as the exercise asks");
        }
    }
}
