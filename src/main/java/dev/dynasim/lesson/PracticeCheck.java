package dev.dynasim.lesson;

import java.util.List;

/**
 * How a lesson checks an exercise with the grader's own checks (the visible ones), on evidence read
 * from the student's session, so that practice and grading say the same; the lesson's own check is
 * used for an exercise that has none.
 */
public interface PracticeCheck {
    /** What a check said: whether every visible check passed, and the lines to show. */
    record Verdict(boolean passed, List<String> lines) {
        /** Copies the lines. */
        public Verdict {
            lines = List.copyOf(lines);
        }
    }

    /** The verdict on the answer to {@code exercise} in {@code session}, or null when the exercise has no graded checks. */
    Verdict check(Lesson.Exercise exercise, JShellSession session);
}
