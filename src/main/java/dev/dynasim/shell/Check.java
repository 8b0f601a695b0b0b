package dev.dynasim.shell;

import java.util.Objects;

/**
 * The result of checking an exercise: whether the student's answer passed, with feedback saying what
 * was expected, what was found, and a hint when it failed. Lessons define one check method per
 * exercise that returns a Check computed from what the student's code produced (values, table state,
 * the trace, the bill), e.g. {@code Check.that("which-partition", answer == p, "partition " + p, answer, "use whereIs")}.
 */
public record Check(String exercise, boolean passed, String feedback) {
    /** Checks the fields. */
    public Check {
        Objects.requireNonNull(exercise, "exercise");
        Objects.requireNonNull(feedback, "feedback");
    }

    /** A check of {@code exercise}: passed when {@code passed}; else says what was expected, what was found, and the hint. */
    public static Check that(String exercise, boolean passed, String expected, Object actual, String hint) {
        if (passed) return new Check(exercise, true, "correct: " + expected);
        String found = actual instanceof String s ? "\"" + s + "\"" : String.valueOf(actual);
        return new Check(exercise, false, "expected " + expected + ", found " + found + (hint == null || hint.isBlank() ? "" : ". Hint: " + hint));
    }

    /**
     * A check of {@code exercise} whose answer is a value to find: passed when {@code passed}, saying
     * {@code correct}; else {@code wrong} and the hint, never the value expected (which would give the answer away).
     */
    public static Check answer(String exercise, boolean passed, String correct, String wrong, String hint) {
        return passed ? new Check(exercise, true, "correct: " + correct)
                : new Check(exercise, false, wrong + (hint == null || hint.isBlank() ? "" : ". Hint: " + hint));
    }

    /** A passed check with its feedback. */
    public static Check pass(String exercise, String feedback) {
        return new Check(exercise, true, feedback);
    }

    /** A failed check with its feedback (what is wrong and how to put it right). */
    public static Check fail(String exercise, String feedback) {
        return new Check(exercise, false, feedback);
    }

    @Override
    public String toString() {
        return (passed ? "PASSED " : "NOT YET ") + exercise + ": " + feedback;
    }
}
