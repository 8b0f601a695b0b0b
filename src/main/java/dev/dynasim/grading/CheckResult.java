package dev.dynasim.grading;

import java.util.Objects;

/**
 * What one check decided: passed or not, and feedback for the student (on a failure, what was
 * expected, what was found and a hint). Points come from the check's {@link CheckSpec}.
 */
public record CheckResult(boolean passed, String feedback) {
    /** Checks the fields; the feedback (which may quote the submission's values) made printable. */
    public CheckResult {
        feedback = Printable.text(Objects.requireNonNull(feedback, "feedback"));
    }

    /** A pass, saying what was right. */
    public static CheckResult pass(String feedback) {
        return new CheckResult(true, feedback);
    }

    /** A failure, saying what is wrong and how to put it right. */
    public static CheckResult fail(String feedback) {
        return new CheckResult(false, feedback);
    }

    /** Passed when {@code passed}; else "expected ..., found ..." and the hint. */
    public static CheckResult that(boolean passed, String expected, Object actual, String hint) {
        if (passed) return pass("correct: " + expected);
        return fail("expected " + expected + ", found " + actual + (hint == null || hint.isBlank() ? "" : ". Hint: " + hint));
    }

    /**
     * For an exercise whose answer is a value to find: passed when {@code passed}, saying {@code correct};
     * else {@code wrong} and the hint, never the value expected (which would give the answer away).
     */
    public static CheckResult answer(boolean passed, String correct, String wrong, String hint) {
        return passed ? pass("correct: " + correct) : fail(wrong + (hint == null || hint.isBlank() ? "" : ". Hint: " + hint));
    }
}
