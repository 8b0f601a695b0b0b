package dev.dynasim.grading;

/** One check's result on one submission: the check, what it decided, and the points that earns. */
public record CheckOutcome(CheckSpec check, CheckResult result) {
    /** The points earned: all of the check's when it passed, none when it failed. */
    public double score() {
        return result.passed() ? check.points() : 0;
    }
}
