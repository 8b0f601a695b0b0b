package dev.dynasim.grading;

import java.util.List;

/**
 * One submission graded: its name (unique in the batch), file and content hash, how its run ended,
 * each check's outcome, what it met (errors) and was refused, and what it printed.
 */
public record GradedSubmission(String name, String file, String sha256, RunOutcome outcome, List<CheckOutcome> checks, List<String> errors,
        List<String> refused, String output) {
    /** Copies the lists, with what came from the submission made printable (errors and refusals one line each). */
    public GradedSubmission {
        checks = List.copyOf(checks);
        errors = errors.stream().map(Printable::line).toList();
        refused = refused.stream().map(Printable::line).toList();
        output = Printable.text(output);
    }

    /** The points earned. */
    public double score() {
        return checks.stream().mapToDouble(CheckOutcome::score).sum();
    }

    /** The most points there were. */
    public double maxScore() {
        return checks.stream().mapToDouble(c -> c.check().points()).sum();
    }
}
