package dev.dynasim.notebook;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.dynasim.lesson.AtomicFiles;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;

/**
 * Notebook files: read and checked as nbformat 4 (else a one-line {@link NotebookException}), formatted
 * the same way every time, and written atomically (a temporary file beside the target, then moved
 * over it), so that a crash never leaves half a notebook.
 */
public final class NotebookFile {
    static final ObjectMapper JSON = new ObjectMapper().enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);
    private static final Set<String> CELL_TYPES = Set.of("code", "markdown", "raw");

    private NotebookFile() {
    }

    /** The notebook in {@code file}, checked as nbformat 4. */
    public static ObjectNode read(Path file) {
        if (!Files.isRegularFile(file)) throw new NotebookException("no notebook at " + file);
        try {
            return parse(Files.readString(file, StandardCharsets.UTF_8), file.toString());
        } catch (IOException e) {
            throw new NotebookException("cannot read " + file + ": " + e.getMessage());
        }
    }

    /** The notebook in {@code text}, checked as nbformat 4; {@code name} names it in messages. */
    public static ObjectNode parse(String text, String name) {
        JsonNode root;
        try {
            root = JSON.readTree(text);
        } catch (JsonProcessingException e) {
            String where = e.getLocation() == null ? "" : " (line " + e.getLocation().getLineNr() + ", column " + e.getLocation().getColumnNr() + ")";
            String why = e.getOriginalMessage().lines().findFirst().orElse("")
                    .replaceAll("\\[Source: .*?; line: (\\d+), column: (\\d+)]", "line $1, column $2");
            throw new NotebookException(name + " is not valid JSON: " + why + where);
        }
        if (!(root instanceof ObjectNode nb)) throw invalid(name, "it is not a JSON object");
        if (!nb.path("nbformat").isInt() || nb.get("nbformat").asInt() != 4) {
            throw invalid(name, "its \"nbformat\" is " + (nb.has("nbformat") ? nb.get("nbformat") : "missing") + ", not 4");
        }
        if (!nb.path("cells").isArray()) throw invalid(name, "it has no \"cells\" list");
        int i = 0;
        for (JsonNode cell : nb.get("cells")) {
            i++;
            if (!cell.isObject()) throw invalid(name, "cell " + i + " is not a JSON object");
            if (!CELL_TYPES.contains(cell.path("cell_type").asText())) {
                throw invalid(name, "cell " + i + " has cell_type " + cell.get("cell_type") + ", not code, markdown or raw");
            }
            if (!Cells.isText(cell.get("source"))) throw invalid(name, "cell " + i + "'s \"source\" is not text or a list of lines");
            if (cell.has("metadata") && !cell.get("metadata").isObject()) throw invalid(name, "cell " + i + "'s \"metadata\" is not an object");
            if (cell.has("outputs") && !cell.get("outputs").isArray()) throw invalid(name, "cell " + i + "'s \"outputs\" is not a list");
        }
        return nb;
    }

    private static NotebookException invalid(String name, String why) {
        return new NotebookException(name + " is not an nbformat 4 notebook: " + why);
    }

    /** The notebook as text: JSON indented by one space (as Jupyter does), ending in a line break. */
    public static String format(ObjectNode notebook) {
        try {
            DefaultPrettyPrinter printer = new DefaultPrettyPrinter().withObjectIndenter(new DefaultIndenter(" ", "\n"));
            return JSON.writer(printer).writeValueAsString(notebook) + "\n";
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Writes {@code text} to {@code file} atomically: into a temporary file beside it, then moved over it in one step. */
    public static void write(Path file, String text) {
        try {
            AtomicFiles.writeString(file, text);
        } catch (IOException e) {
            throw new NotebookException("could not write " + file + ": " + e.getMessage());
        }
    }
}
