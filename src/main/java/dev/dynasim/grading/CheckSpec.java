package dev.dynasim.grading;

/**
 * One graded check of an exercise: the Java method that decides it (taking a {@link Submission},
 * answering a {@link CheckResult}), what it checks in words, its points, and whether it is hidden
 * (its result shown to the student only after grades are published, in the Gradescope sense).
 */
public record CheckSpec(String method, String title, double points, boolean hidden) {
    /** Checks the fields. */
    public CheckSpec {
        if (!method.matches("[A-Za-z_$][A-Za-z0-9_$]*")) throw new IllegalArgumentException("a check needs a method name, not \"" + method + "\"");
        if (!(points >= 0) || Double.isInfinite(points)) throw new IllegalArgumentException("a check's points are 0 or more, not " + points);
    }
}
