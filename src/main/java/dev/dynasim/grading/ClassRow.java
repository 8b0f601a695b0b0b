package dev.dynasim.grading;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;

/** A submission's row of the class report: its name, file, score, most points, outcome, and each check's points earned. */
public record ClassRow(String name, String file, double score, double maxScore, RunOutcome outcome, List<Double> checkScores) {
    private static final ObjectMapper JSON = new ObjectMapper();

    /** Copies the scores. */
    public ClassRow {
        checkScores = List.copyOf(checkScores);
    }

    /** The row of a graded submission. */
    static ClassRow of(GradedSubmission g) {
        return new ClassRow(g.name(), g.file(), g.score(), g.maxScore(), g.outcome(), g.checks().stream().map(CheckOutcome::score).toList());
    }

    /** The row as it was saved in a submission's grading.json. */
    static ClassRow of(JsonNode saved) {
        List<Double> scores = new ArrayList<>();
        saved.path("checkScores").forEach(n -> scores.add(n.asDouble()));
        return new ClassRow(saved.path("name").asText(), saved.path("file").asText(), saved.path("score").asDouble(), saved.path("maxScore").asDouble(),
                RunOutcome.valueOf(saved.path("outcome").asText()), scores);
    }

    /** The row as JSON. */
    ObjectNode json() {
        ObjectNode o = JSON.createObjectNode();
        o.put("name", name);
        o.put("file", file);
        o.put("score", score);
        o.put("maxScore", maxScore);
        o.put("outcome", outcome.name());
        checkScores.forEach(o.putArray("checkScores")::add);
        return o;
    }
}
