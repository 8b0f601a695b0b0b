package dev.dynasim.api;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.DynamicContainer;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

import java.io.IOException;
import java.io.InputStream;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.fail;

/**
 * Replays the DynamoDB Local oracle (src/test/resources/oracle, copied from shared/oracle) through
 * the wire protocol, one fresh database per file, and reports every mismatching line by case and
 * step with its first difference. Known, justified deviations are listed in
 * src/test/resources/conformance/deviations.json.
 */
class OracleConformanceTest {
    static final List<String> FILES = List.of("errors.jsonl", "semantics.jsonl", "capacity_operations.jsonl",
            "capacity_items.jsonl");

    @TestFactory
    Stream<DynamicContainer> oracle_everyCase_matchesRecordedAnswers() {
        Set<OracleReplay.LineKey> deviations = deviationKeys();
        return FILES.stream().map(file -> {
            Map<String, List<OracleReplay.Mismatch>> byCase = OracleReplay.replay(file, deviations);
            return DynamicContainer.dynamicContainer(file, byCase.entrySet().stream().map(e ->
                    DynamicTest.dynamicTest(e.getKey(), () -> {
                        if (!e.getValue().isEmpty()) {
                            fail(file + " case " + e.getKey() + ": " + e.getValue().size() + " mismatching line(s)\n    "
                                    + e.getValue().stream().map(Object::toString).collect(Collectors.joining("\n    ")));
                        }
                    })));
        });
    }

    @Test
    void deviations_everyEntry_namesAnOracleLineWithReasonAndSource() {
        Set<OracleReplay.LineKey> lines = new HashSet<>();
        for (String file : FILES) {
            for (JsonNode line : OracleReplay.lines("/oracle/" + file)) {
                lines.add(new OracleReplay.LineKey(file, line.get("case").asText(), line.get("step").asInt()));
            }
        }
        for (JsonNode entry : deviations()) {
            assertThat(lines).as("oracle line of %s", entry).contains(key(entry));
            assertThat(entry.path("reason").asText()).as("reason of %s", entry).isNotBlank();
            assertThat(entry.path("source").asText()).as("source of %s", entry).startsWith("https://");
        }
    }

    static Set<OracleReplay.LineKey> deviationKeys() {
        Set<OracleReplay.LineKey> keys = new HashSet<>();
        for (JsonNode entry : deviations()) keys.add(key(entry));
        return keys;
    }

    private static OracleReplay.LineKey key(JsonNode entry) {
        return new OracleReplay.LineKey(entry.path("file").asText(), entry.path("case").asText(), entry.path("step").asInt());
    }

    private static JsonNode deviations() {
        try (InputStream in = OracleConformanceTest.class.getResourceAsStream("/conformance/deviations.json")) {
            if (in == null) throw new IllegalStateException("missing conformance/deviations.json");
            JsonNode table = WireJson.mapper().readTree(in);
            if (!table.isArray()) throw new IllegalStateException("deviations.json must be a JSON array");
            return table;
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
