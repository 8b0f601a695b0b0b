package dev.dynasim.grading;

import java.util.ArrayList;
import java.util.List;

/**
 * An exercise the grader can grade: its id and title, the code that sets the scene in the submission's
 * process before the submission runs (a lesson's code up to the exercise, or the exercise's own set-up),
 * the reference solution, the probes read back afterwards, and the checks with their points, written as
 * Java methods over a {@link Submission} ({@code checkSource}) that run in the grader, never in the
 * submission's process.
 */
public record GradedExercise(String id, String title, List<String> context, String solution, List<Probe> probes, List<CheckSpec> checks,
        String checkSource) {
    /** Checks and copies the fields. */
    public GradedExercise {
        context = List.copyOf(context);
        probes = List.copyOf(probes);
        checks = List.copyOf(checks);
        if (checks.isEmpty()) throw new IllegalArgumentException("exercise " + id + " has no \"// @check\"");
    }

    /** The most points a submission can score. */
    public double maxScore() {
        return checks.stream().mapToDouble(CheckSpec::points).sum();
    }

    /** This exercise with {@code more}'s probes and checks added (an instructor's hidden checks for a shipped exercise). */
    public GradedExercise with(GradedExercise more) {
        List<Probe> p = new ArrayList<>(probes);
        p.addAll(more.probes);
        List<CheckSpec> c = new ArrayList<>(checks);
        c.addAll(more.checks);
        List<String> ctx = new ArrayList<>(context);
        ctx.addAll(more.context);
        return new GradedExercise(id, title, ctx, more.solution.isEmpty() ? solution : more.solution, p, c,
                checkSource + "\n" + more.checkSource);
    }
}
