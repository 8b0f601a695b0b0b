package dev.dynasim.api;

import com.fasterxml.jackson.databind.JsonNode;
import dev.dynasim.engine.table.Database;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Replays one oracle file in order through an {@link ApiHandler} over one fresh {@link Database}
 * and records, per case, the lines that do not match (deviations listed in deviations.json are
 * accepted when they differ, and reported when they match).
 */
final class OracleReplay {
    /** One line's outcome: where it is and why it failed (never null here). */
    record Mismatch(String caseId, int step, String operation, String why) {
        @Override
        public String toString() {
            return "step " + step + " " + operation + ": " + why;
        }
    }

    /** The key of one oracle line. */
    record LineKey(String file, String caseId, int step) {
    }

    private OracleReplay() {
    }

    /** Replays a resource file; the map holds every case in file order, with its mismatches (empty when all match). */
    static Map<String, List<Mismatch>> replay(String file, Set<LineKey> deviations) {
        ApiHandler handler = ApiHandler.ticking(ApiHandler.DEFAULT_SPACING_MILLIS);
        Map<String, List<Mismatch>> byCase = new LinkedHashMap<>();
        for (JsonNode line : lines("/oracle/" + file)) {
            String caseId = line.get("case").asText();
            int step = line.get("step").asInt();
            String operation = line.get("operation").asText();
            List<Mismatch> mismatches = byCase.computeIfAbsent(caseId, k -> new ArrayList<>());
            JsonNode answer = handler.answer(operation, OracleMatcher.expand(line.get("request")));
            String why = OracleMatcher.check(OracleMatcher.expand(line.get("expect")), answer);
            boolean listed = deviations.contains(new LineKey(file, caseId, step));
            if (listed && why == null) {
                mismatches.add(new Mismatch(caseId, step, operation,
                        "listed in deviations.json but now matches the oracle: remove the entry"));
            } else if (!listed && why != null) {
                mismatches.add(new Mismatch(caseId, step, operation, why));
            }
        }
        return byCase;
    }

    /** The lines of a JSON Lines resource, parsed. */
    static List<JsonNode> lines(String resource) {
        InputStream in = OracleReplay.class.getResourceAsStream(resource);
        if (in == null) throw new IllegalStateException("missing test resource " + resource);
        List<JsonNode> lines = new ArrayList<>();
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            String text;
            while ((text = reader.readLine()) != null) {
                if (!text.isBlank()) lines.add(WireJson.mapper().readTree(text));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return lines;
    }
}
