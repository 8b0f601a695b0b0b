package dev.dynasim.notebook;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Reading and writing the parts of a notebook's cells: multi-line text (nbformat's string or list of
 * lines) and dynasim's cell metadata, {@code "dynasim": {"exercise": "<id>", "role": "<role>"}}, where
 * the role is {@value #ANSWER} (the cell a student answers in), {@value #CHECK} (the exercise's check:
 * its definition and call) or {@value #HIDDEN_CHECK} (a check left out of a student's copy).
 */
public final class Cells {
    /** The role of an exercise's answer cell. */
    public static final String ANSWER = "answer";
    /** The role of an exercise's check cell. */
    public static final String CHECK = "check";
    /** The role of a check cell left out of a student's copy. */
    public static final String HIDDEN_CHECK = "hidden-check";

    private Cells() {
    }

    /** Whether {@code node} is nbformat multi-line text: a string or a list of strings. */
    static boolean isText(JsonNode node) {
        if (node == null) return false;
        if (node.isTextual()) return true;
        if (!node.isArray()) return false;
        for (JsonNode line : node) if (!line.isTextual()) return false;
        return true;
    }

    /** The text of nbformat multi-line text (empty when missing). */
    public static String text(JsonNode node) {
        if (node == null || node.isNull()) return "";
        if (node.isTextual()) return node.asText();
        StringBuilder sb = new StringBuilder();
        for (JsonNode line : node) sb.append(line.asText());
        return sb.toString();
    }

    /** A cell's source text. */
    public static String source(JsonNode cell) {
        return text(cell.get("source"));
    }

    /** Text as nbformat's list of lines, each but the last ending in a line break. */
    public static ArrayNode lines(String text) {
        ArrayNode lines = NotebookFile.JSON.createArrayNode();
        String[] parts = text.split("\n", -1);
        for (int i = 0; i < parts.length; i++) {
            if (i == parts.length - 1 && parts[i].isEmpty()) break;
            lines.add(i < parts.length - 1 ? parts[i] + "\n" : parts[i]);
        }
        return lines;
    }

    /** The cell's dynasim role ("" when it has none). */
    public static String role(JsonNode cell) {
        return cell.path("metadata").path("dynasim").path("role").asText("");
    }

    /** The id of the exercise the cell belongs to ("" when none). */
    public static String exercise(JsonNode cell) {
        return cell.path("metadata").path("dynasim").path("exercise").asText("");
    }

    /** Marks {@code cell} as the {@code role} cell of exercise {@code id}. */
    static void mark(ObjectNode cell, String id, String role) {
        ObjectNode metadata = cell.get("metadata") instanceof ObjectNode m ? m : cell.putObject("metadata");
        ObjectNode dynasim = metadata.putObject("dynasim");
        dynasim.put("exercise", id);
        dynasim.put("role", role);
    }
}
