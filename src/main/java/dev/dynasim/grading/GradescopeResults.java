package dev.dynasim.grading;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * A graded submission in Gradescope's autograder format ({@code results.json}): the score and most
 * points, an overall output, and one test per check with its name, score, most points, status
 * ({@code passed}/{@code failed}), output and visibility ({@code visible}, or {@code after_published}
 * for a hidden check: shown once grades are published).
 */
public final class GradescopeResults {
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private GradescopeResults() {
    }

    /** The results.json text of {@code g}. */
    public static String json(String exercise, GradedSubmission g) {
        ObjectNode root = JSON.createObjectNode();
        root.put("score", g.score());
        root.put("max_score", g.maxScore());
        root.put("output", "Exercise " + exercise + ": the submission " + Feedback.summary(g) + "."
                + (g.errors().isEmpty() ? "" : "\n" + String.join("\n", g.errors()))
                + (g.refused().isEmpty() ? "" : "\nRefused by the grader's sandbox: " + String.join("; ", g.refused())));
        root.put("visibility", "visible");
        root.put("stdout_visibility", "hidden");
        ArrayNode tests = root.putArray("tests");
        for (CheckOutcome c : g.checks()) {
            ObjectNode t = tests.addObject();
            t.put("name", c.check().title());
            t.put("score", c.score());
            t.put("max_score", c.check().points());
            t.put("status", c.result().passed() ? "passed" : "failed");
            t.put("output", c.result().feedback());
            t.put("visibility", c.check().hidden() ? "after_published" : "visible");
        }
        try {
            return JSON.writeValueAsString(root) + "\n";
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
