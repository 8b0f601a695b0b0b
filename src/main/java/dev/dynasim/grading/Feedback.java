package dev.dynasim.grading;

import java.util.Locale;

/** The readable feedback of a graded submission: its score, how its run ended, each check's result and what it met. */
public final class Feedback {
    /** Most characters of the submission's output the feedback shows. */
    static final int OUTPUT_SHOWN = 2_000;
    private Feedback() {
    }

    /** The feedback text; hidden checks are shown only when {@code withHidden} (an instructor's copy, or after grades are published). */
    public static String text(String exercise, GradedSubmission g, boolean withHidden) {
        StringBuilder sb = new StringBuilder();
        sb.append("Exercise ").append(exercise).append(", submission ").append(g.name()).append('\n');
        if (withHidden) {
            sb.append("Score: ").append(points(g.score())).append(" / ").append(points(g.maxScore())).append('\n');
        } else { // the total would tell how the hidden checks went
            double shown = g.checks().stream().filter(c -> !c.check().hidden()).mapToDouble(CheckOutcome::score).sum();
            double shownMax = g.checks().stream().filter(c -> !c.check().hidden()).mapToDouble(c -> c.check().points()).sum();
            double hiddenMax = g.maxScore() - shownMax;
            sb.append("Score on the checks shown: ").append(points(shown)).append(" / ").append(points(shownMax))
                    .append(hiddenMax > 0 ? " (hidden checks: " + points(hiddenMax) + (hiddenMax == 1 ? " more point" : " more points")
                            + ", shown when grades are published)" : "")
                    .append('\n');
        }
        sb.append("Run: ").append(summary(g)).append("\n\n");
        for (CheckOutcome c : g.checks()) {
            if (c.check().hidden() && !withHidden) continue;
            sb.append(c.result().passed() ? "[PASS] " : "[FAIL] ").append(c.check().title()).append(" (").append(points(c.score())).append('/')
                    .append(points(c.check().points())).append(c.check().hidden() ? ", hidden" : "").append(")\n");
            c.result().feedback().lines().forEach(line -> sb.append("       ").append(line).append('\n'));
        }
        long hidden = g.checks().stream().filter(c -> c.check().hidden()).count();
        if (hidden > 0 && !withHidden) sb.append("(").append(hidden).append(hidden == 1 ? " more check is" : " more checks are")
                .append(" hidden until grades are published)\n");
        if (!g.errors().isEmpty()) {
            sb.append("\nWhat the submission met:\n");
            for (String e : g.errors()) sb.append("  - ").append(e).append('\n');
        }
        if (!g.refused().isEmpty()) {
            sb.append("\nRefused by the grader's sandbox:\n");
            for (String r : g.refused()) sb.append("  - ").append(r).append('\n');
        }
        if (!g.output().isBlank()) {
            String out = g.output().length() > OUTPUT_SHOWN ? g.output().substring(0, OUTPUT_SHOWN) : g.output();
            sb.append("\nWhat it printed:\n");
            out.lines().forEach(line -> sb.append("  | ").append(line).append('\n')); // set off, so that printed lines cannot pass for the grader's
            if (g.output().length() > OUTPUT_SHOWN) sb.append("(... the rest is not shown)\n");
        }
        return sb.toString();
    }

    /** How the run ended, in a sentence. */
    public static String summary(GradedSubmission g) {
        return switch (g.outcome()) {
            case FINISHED -> g.errors().isEmpty() ? "ran to the end" : "ran to the end, with errors (below)";
            case EXIT_CALLED -> "called System.exit, which a graded submission may not; the code after it did not run";
            case TIMED_OUT -> "stopped at the time limit";
            case OUT_OF_MEMORY -> "ran out of memory";
            case PROCESS_ENDED -> "its Java process ended before it finished";
            case TAMPERED -> "interfered with the grader (see below), so its results could not be trusted";
            case UNREADABLE -> "could not be read";
            case GRADER_ERROR -> "not graded: the exercise itself failed (tell your instructor)";
        };
    }

    /** Points as a number without needless decimals: 2, 1.5. */
    public static String points(double p) {
        return p == Math.rint(p) ? Long.toString((long) p) : String.format(Locale.ROOT, "%.2f", p).replaceFirst("0$", "");
    }
}
