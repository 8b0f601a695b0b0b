package dev.dynasim.grading;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.dynasim.notebook.CellCode;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * A submission's file read as code to grade: a {@code .jsh} file is its code; a filled-in notebook
 * gives the code of its answer cells for the exercise (cell metadata {@code dynasim.exercise}, as the
 * workbook writes it), without the kernel's magic lines (as {@link CellCode} tells them from Java). Anything else, or a file too big,
 * not UTF-8 or without an answer, is unreadable, with the reason.
 */
public record SubmissionFile(Path path, String sha256, String code, String problem) {
    /** The most bytes a submission may have. */
    public static final int MAX_BYTES = 256 * 1024;
    private static final ObjectMapper JSON = new ObjectMapper();

    /** Whether it could be read as code. */
    public boolean readable() {
        return problem == null;
    }

    /** Reads {@code path} as a submission of {@code exercise}. */
    public static SubmissionFile read(Path path, String exercise) {
        byte[] bytes;
        try {
            if (Files.size(path) > MAX_BYTES) return unreadable(path, "", "the file is bigger than " + MAX_BYTES / 1024 + " KB");
            bytes = Files.readAllBytes(path);
        } catch (IOException e) {
            return unreadable(path, "", "the file could not be read: " + e.getMessage());
        }
        String sha = sha256(bytes);
        String text;
        try {
            text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            return unreadable(path, sha, "the file is not UTF-8 text");
        }
        if (text.startsWith("\uFEFF")) text = text.substring(1); // the byte order mark some Windows editors write, which JShell would read as code
        String name = path.getFileName().toString();
        if (name.endsWith(".jsh") || name.endsWith(".java")) return new SubmissionFile(path, sha, text, null);
        if (name.endsWith(".ipynb")) return notebook(path, sha, text, exercise);
        return unreadable(path, sha, "a submission is a .jsh file or a notebook (.ipynb)");
    }

    private static SubmissionFile notebook(Path path, String sha, String text, String exercise) {
        JsonNode root;
        try {
            root = JSON.readTree(text);
        } catch (IOException e) {
            return unreadable(path, sha, "the notebook is not valid JSON");
        }
        StringBuilder code = new StringBuilder();
        int answers = 0;
        for (JsonNode cell : root.path("cells")) {
            if (!"code".equals(cell.path("cell_type").asText())) continue;
            JsonNode meta = cell.path("metadata").path("dynasim");
            if (!exercise.equals(meta.path("exercise").asText()) || !"answer".equals(meta.path("role").asText("answer"))) continue;
            answers++;
            JsonNode source = cell.path("source");
            String cellText = source.isArray() ? joined(source) : source.asText();
            code.append(CellCode.of(cellText).java()).append('\n'); // the kernel's magics are not Java: the grader leaves them out, as the notebook runner does
        }
        if (answers == 0) {
            return unreadable(path, sha, "the notebook has no answer cell for exercise " + exercise
                    + " (a code cell whose metadata has \"dynasim\": {\"exercise\": \"" + exercise + "\"})");
        }
        return new SubmissionFile(path, sha, code.toString(), null);
    }

    private static String joined(JsonNode lines) {
        StringBuilder sb = new StringBuilder();
        lines.forEach(l -> sb.append(l.asText()));
        return sb.toString();
    }

    private static SubmissionFile unreadable(Path path, String sha, String problem) {
        return new SubmissionFile(path, sha, "", problem);
    }

    /** The SHA-256 of {@code bytes}, in hex. */
    static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
