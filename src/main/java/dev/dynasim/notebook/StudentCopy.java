package dev.dynasim.notebook;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Map;

/**
 * A student's copy of a notebook, as nbgrader makes one: every region from {@code // BEGIN SOLUTION}
 * to {@code // END SOLUTION} replaced by the exercise's starter code (or {@value #YOUR_CODE_HERE}),
 * every region from {@code // BEGIN HIDDEN CHECKS} to {@code // END HIDDEN CHECKS} removed, every cell
 * whose role is {@code hidden-check} removed, and the outputs of the exercises' cells (answer and
 * check, and any cell whose code changed) cleared, since they show the reference solution's results.
 */
public final class StudentCopy {
    /** What a solution region becomes when its exercise has no starter code. */
    public static final String YOUR_CODE_HERE = "// YOUR CODE HERE";
    /** The line that starts a region of hidden checks. */
    public static final String BEGIN_HIDDEN = "// BEGIN HIDDEN CHECKS";
    /** The line that ends a region of hidden checks. */
    public static final String END_HIDDEN = "// END HIDDEN CHECKS";

    private StudentCopy() {
    }

    /** The student's copy of {@code notebook} (which is left as it is), with {@code starters} by exercise id; {@code name} names it in messages. */
    public static ObjectNode of(ObjectNode notebook, Map<String, String> starters, String name) {
        ObjectNode copy = notebook.deepCopy();
        ArrayNode cells = copy.putArray("cells");
        for (JsonNode node : notebook.get("cells")) {
            ObjectNode cell = node.deepCopy();
            if (Cells.role(cell).equals(Cells.HIDDEN_CHECK)) continue;
            if (cell.path("cell_type").asText().equals("code")) {
                String source = Cells.source(cell);
                String where = name + ", cell " + cell.path("id").asText(String.valueOf(cells.size() + 1));
                String starter = starters.getOrDefault(Cells.exercise(cell), "");
                String student = replace(replace(source, BEGIN_HIDDEN, END_HIDDEN, null, where),
                        LessonNotebook.BEGIN_SOLUTION, LessonNotebook.END_SOLUTION, starter.isBlank() ? YOUR_CODE_HERE : starter, where);
                if (!student.equals(source) || !Cells.exercise(cell).isEmpty()) {
                    cell.set("source", Cells.lines(student));
                    cell.putNull("execution_count");
                    cell.putArray("outputs");
                }
            }
            cells.add(cell);
        }
        return copy;
    }

    /**
     * {@code source} with every region from a line {@code begin} to a line {@code end} (markers
     * included) replaced by {@code replacement}, indented as the begin line (removed when null).
     */
    static String replace(String source, String begin, String end, String replacement, String where) {
        StringBuilder out = new StringBuilder();
        String[] lines = source.split("\n", -1);
        int i = 0;
        while (i < lines.length) {
            String line = lines[i];
            if (!line.strip().equals(begin)) {
                if (line.strip().equals(end)) throw new NotebookException(where + ": \"" + end + "\" without \"" + begin + "\" before it");
                out.append(line).append(i < lines.length - 1 ? "\n" : "");
                i++;
                continue;
            }
            String indent = line.substring(0, line.indexOf(begin));
            int close = i + 1;
            while (close < lines.length && !lines[close].strip().equals(end)) close++;
            if (close == lines.length) throw new NotebookException(where + ": \"" + begin + "\" without \"" + end + "\" after it");
            if (replacement != null) {
                for (String r : replacement.split("\n", -1)) out.append(indent).append(r).append('\n');
            }
            i = close + 1;
            if (i == lines.length && out.length() > 0 && out.charAt(out.length() - 1) == '\n') out.setLength(out.length() - 1);
        }
        return out.toString();
    }
}
