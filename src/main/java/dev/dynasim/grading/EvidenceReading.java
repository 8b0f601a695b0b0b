package dev.dynasim.grading;

import java.nio.charset.StandardCharsets;
import java.util.function.Function;

/**
 * The grader's side of {@link Evidence}: evaluates its expressions in the submission's JShell (through
 * a function giving JShell's rendering of a value, or why there is none) and decodes what comes back,
 * the snapshot part by part. Whatever comes back, the result is a {@link ProbeValue}, never an exception.
 */
final class EvidenceReading {
    /** Most parts of a snapshot read (4 MB of Base64): a session with more tables than that is not a plausible answer. */
    private static final int MAX_PARTS = 256;
    private static final String EVIDENCE = "dev.dynasim.grading.Evidence.";

    private final Function<String, ProbeValue> evaluate;

    /** Reading through {@code evaluate}, which gives an expression's value as JShell renders it (a quoted string), or the error. */
    EvidenceReading(Function<String, ProbeValue> evaluate) {
        this.evaluate = evaluate;
    }

    /** The text of {@code expression}'s value, as {@code name}, or why it could not be read. */
    ProbeValue value(String name, String expression) {
        ProbeValue raw = evaluate.apply(EVIDENCE + "text(" + expression + ")");
        return raw.ok() ? decoded(name, Evidence.unquoted(raw.text())) : new ProbeValue(name, null, raw.error());
    }

    /** The session's snapshot (JSON text), or why it could not be read. */
    ProbeValue snapshot() {
        ProbeValue taken = value("snapshot", EVIDENCE + "snapshotTaken()");
        if (!taken.ok()) return taken;
        String[] partsAndDigest = taken.text().strip().split(" ");
        int parts;
        try {
            parts = Integer.parseInt(partsAndDigest[0]);
        } catch (NumberFormatException e) {
            return new ProbeValue("snapshot", null, "its size came back damaged: " + taken.text());
        }
        if (parts > MAX_PARTS) return new ProbeValue("snapshot", null, "the session is too large to read back (" + parts + " parts of 16,000 characters)");
        StringBuilder base64 = new StringBuilder();
        for (int i = 0; i < parts; i++) {
            ProbeValue part = evaluate.apply(EVIDENCE + "snapshotPart(" + i + ")");
            if (!part.ok()) return new ProbeValue("snapshot", null, part.error());
            base64.append(Evidence.unquoted(part.text()));
        }
        if (partsAndDigest.length != 2 || !SubmissionFile.sha256(base64.toString().getBytes(StandardCharsets.US_ASCII)).equals(partsAndDigest[1])) {
            return new ProbeValue("snapshot", null, "the session changed while the grader read it back (code of the submission's still running?)");
        }
        return decoded("snapshot", base64.toString());
    }

    private static ProbeValue decoded(String name, String base64) {
        try {
            return new ProbeValue(name, Evidence.decode(base64), null);
        } catch (IllegalArgumentException e) {
            return new ProbeValue(name, null, "its value came back damaged and could not be read");
        }
    }
}
