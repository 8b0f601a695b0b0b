package dev.dynasim.notebook;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.dynasim.lesson.Evaluation;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;

/**
 * A code cell's outputs in nbformat 4, built from what running it showed: what it printed and the
 * values it gave as {@code stream} outputs on stdout (consecutive ones as one), each error as an
 * {@code error} output ({@code ename}, {@code evalue}, {@code traceback}: the lines a lesson shows for
 * it), each chart as a {@code display_data} output with {@code image/png} (base64) and {@code text/plain}.
 */
final class CellOutputs {
    private final ArrayNode outputs = NotebookFile.JSON.createArrayNode();
    private final List<String> pending = new ArrayList<>();

    /** Adds what running some code showed, in order. */
    CellOutputs add(Evaluation evaluation) {
        for (Evaluation.Shown s : evaluation.shown()) {
            if (s instanceof Evaluation.Failure f) {
                error(f.name(), f.message(), f.lines());
            } else if (s instanceof Evaluation.Display d) {
                flush();
                ObjectNode display = outputs.addObject();
                ObjectNode data = display.putObject("data");
                data.put("image/png", Base64.getEncoder().encodeToString(d.png()));
                data.set("text/plain", Cells.lines(d.text()));
                display.putObject("metadata");
                display.put("output_type", "display_data");
            } else {
                pending.addAll(s.lines());
            }
        }
        return this;
    }

    /** Adds an error output. */
    CellOutputs error(String name, String message, List<String> traceback) {
        flush();
        ObjectNode error = outputs.addObject();
        error.put("ename", name);
        error.put("evalue", message);
        error.put("output_type", "error");
        ArrayNode lines = error.putArray("traceback");
        traceback.forEach(lines::add);
        return this;
    }

    /** Adds a note on standard error (something the runner did, not the code). */
    CellOutputs note(String text) {
        flush();
        stream("stderr", text);
        return this;
    }

    /** The outputs, in order. */
    ArrayNode toJson() {
        flush();
        return outputs;
    }

    private void flush() {
        if (pending.isEmpty()) return;
        stream("stdout", String.join("\n", pending) + "\n");
        pending.clear();
    }

    private void stream(String name, String text) {
        ObjectNode stream = outputs.addObject();
        stream.put("name", name);
        stream.put("output_type", "stream");
        stream.set("text", Cells.lines(text));
    }
}
