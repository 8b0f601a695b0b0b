package dev.dynasim.grading;

import dev.dynasim.lesson.Evaluation;
import dev.dynasim.lesson.JShellSession;
import dev.dynasim.lesson.Lesson;
import dev.dynasim.lesson.PracticeCheck;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A lesson's {@code :check} by the grader's checks: the exercise's probes and the snapshot are read
 * from the student's own session (as the grader reads them from a submission's process), and its
 * visible checks run here on that evidence, so that practice and grading agree; hidden checks are
 * counted, not shown.
 */
public final class GradedPractice implements PracticeCheck {
    private final Exercises exercises;
    private final Map<String, Checker> checkers = new ConcurrentHashMap<>();

    /** Practice with {@code exercises}' checks. */
    public GradedPractice(Exercises exercises) {
        this.exercises = exercises;
    }

    @Override
    public Verdict check(Lesson.Exercise exercise, JShellSession session) {
        if (!exercises.ids().contains(exercise.id())) return null;
        Checker checker = checkers.computeIfAbsent(exercise.id(), id -> Checker.of(exercises.find(id)));
        Map<String, ProbeValue> probes = new LinkedHashMap<>();
        EvidenceReading evidence = new EvidenceReading(expression -> rendered(session, expression));
        for (Probe p : checker.exercise().probes()) probes.put(p.name(), evidence.value(p.name(), p.expression()));
        ProbeValue snapshot = evidence.snapshot();
        if (!snapshot.ok()) return new Verdict(false, List.of("NOT YET " + exercise.id() + ": the check could not read your session (" + snapshot.error() + ")"));
        List<CheckOutcome> outcomes = checker.check(new Submission(RunOutcome.FINISHED, List.of(), "", probes, snapshot.text()));
        List<String> lines = new ArrayList<>();
        double score = 0;
        double max = 0;
        boolean passed = true;
        int hidden = 0;
        for (CheckOutcome o : outcomes) {
            if (o.check().hidden()) {
                hidden++;
                continue;
            }
            lines.add((o.result().passed() ? "[PASS] " : "[FAIL] ") + o.check().title() + " (" + Feedback.points(o.score()) + "/"
                    + Feedback.points(o.check().points()) + "): " + o.result().feedback());
            score += o.score();
            max += o.check().points();
            passed &= o.result().passed();
        }
        if (hidden > 0) lines.add(hidden + (hidden == 1 ? " more check is" : " more checks are") + " hidden: the grader runs "
                + (hidden == 1 ? "it" : "them") + " when your work is graded");
        lines.add((passed ? "PASSED " : "NOT YET ") + exercise.id() + ": " + Feedback.points(score) + " of " + Feedback.points(max) + " points");
        return new Verdict(passed, lines);
    }

    /** JShell's rendering of an expression's value in the session, or why there is none. */
    private static ProbeValue rendered(JShellSession session, String expression) {
        Evaluation ev = session.evaluate(expression, true);
        for (Evaluation.Shown shown : ev.shown()) {
            if (shown instanceof Evaluation.Failure f) return new ProbeValue(expression, null, f.message());
            if (shown instanceof Evaluation.Value v) return new ProbeValue(expression, v.line().replaceFirst("^\\$\\d+ ==> ", ""), null);
        }
        return new ProbeValue(expression, null, ev.processEnded() ? "the session's Java process ended" : "no value");
    }
}
