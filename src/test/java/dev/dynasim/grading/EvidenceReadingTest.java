package dev.dynasim.grading;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Reading evidence back from JShell's renderings: a snapshot in parts put together, a long value cut whole, damage said in words. */
class EvidenceReadingTest {
    private static String quoted(String s) {
        return "\"" + s + "\"";
    }

    private static String base64(String s) {
        return Base64.getEncoder().encodeToString(s.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void aSnapshotInThreeParts_isPutTogether() {
        String json = "{\"tables\": [\"" + "é".repeat(20_000) + "\"]}";
        String all = base64(json);
        Map<String, String> values = Map.of(
                "dev.dynasim.grading.Evidence.text(dev.dynasim.grading.Evidence.snapshotTaken())", quoted(base64("3 " + SubmissionFile.sha256(all.getBytes(StandardCharsets.US_ASCII)))),
                "dev.dynasim.grading.Evidence.snapshotPart(0)", quoted(all.substring(0, 16_000)),
                "dev.dynasim.grading.Evidence.snapshotPart(1)", quoted(all.substring(16_000, 32_000)),
                "dev.dynasim.grading.Evidence.snapshotPart(2)", quoted(all.substring(32_000)));
        ProbeValue snapshot = new EvidenceReading(e -> new ProbeValue(e, values.get(e), null)).snapshot();
        assertThat(snapshot.text()).isEqualTo(json);
    }

    @Test
    void partsOfTwoDifferentSnapshots_areNotPutTogether() {
        String all = base64("{\"tables\": [\"" + "x".repeat(20_000) + "\"]}");
        String other = base64("{\"tables\": [\"" + "y".repeat(20_000) + "\"]}");
        Map<String, String> values = Map.of(
                "dev.dynasim.grading.Evidence.text(dev.dynasim.grading.Evidence.snapshotTaken())", quoted(base64("2 " + SubmissionFile.sha256(all.getBytes(StandardCharsets.US_ASCII)))),
                "dev.dynasim.grading.Evidence.snapshotPart(0)", quoted(all.substring(0, 16_000)),
                "dev.dynasim.grading.Evidence.snapshotPart(1)", quoted(other.substring(16_000)));
        ProbeValue snapshot = new EvidenceReading(e -> new ProbeValue(e, values.get(e), null)).snapshot();
        assertThat(snapshot.ok()).isFalse();
        assertThat(snapshot.error()).startsWith("the session changed while the grader read it back");
    }

    @Test
    void aDamagedValue_isAnErrorInWords_notAnException() {
        ProbeValue v = new EvidenceReading(e -> new ProbeValue(e, "\"not base64 at all!\"", null)).value("answer", "answer");
        assertThat(v.ok()).isFalse();
        assertThat(v.error()).isEqualTo("its value came back damaged and could not be read");
    }

    @Test
    void aLongValue_isCutTo15000BytesOfWholeCharacters() {
        String text = Evidence.decode(Evidence.text("a" + "é".repeat(20_000)));
        assertThat(text.getBytes(StandardCharsets.UTF_8)).hasSize(14_999);
        assertThat(text).startsWith("aé").endsWith("é");
        assertThat(Evidence.text("é".repeat(20_000))).hasSizeLessThan(21_844); // JShell passes a value's text whole up to 21,844 characters
    }
}
