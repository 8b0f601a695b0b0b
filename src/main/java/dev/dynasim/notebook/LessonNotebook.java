package dev.dynasim.notebook;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.dynasim.lesson.Lesson;
import dev.dynasim.lesson.Snippets;
import jdk.jshell.JShell;

/**
 * A lesson as a Jupyter notebook (nbformat 4.5), before it is run: the narration as Markdown cells,
 * each step's code as a code cell, and each exercise as its statement and hints, an answer cell with
 * the reference solution between nbgrader-style {@code // BEGIN SOLUTION} / {@code // END SOLUTION}
 * markers, then a check cell that defines the exercise's check and calls it (see {@link Cells} for
 * their metadata). Cells have stable ids; the kernelspec is Java (e.g. the JJava kernel), whose
 * {@code %jars} line in the first code cell puts dynasim on the class path.
 */
public final class LessonNotebook {
    /** The first line of the first code cell: the Java kernel's way to put dynasim on its class path. */
    public static final String CLASSPATH_MAGIC = "%jars ../target/dynasim.jar";
    /** The line that starts a solution region. */
    public static final String BEGIN_SOLUTION = "// BEGIN SOLUTION";
    /** The line that ends a solution region. */
    public static final String END_SOLUTION = "// END SOLUTION";

    /** JShell's source analysis (syntax only: nothing is ever run in it, so the in-process engine is safe). */
    private static final JShell ANALYSER = JShell.builder().executionEngine("local").build();
    private final Lesson lesson;
    private final ArrayNode cells = NotebookFile.JSON.createArrayNode();

    private final String fileName;

    private LessonNotebook(Lesson lesson, String fileName) {
        this.lesson = lesson;
        this.fileName = fileName;
    }

    /** The notebook of {@code lesson} (from the lesson file {@code fileName}), its code cells not yet run (no outputs). */
    public static ObjectNode of(Lesson lesson, String fileName) {
        return new LessonNotebook(lesson, fileName).build();
    }

    private ObjectNode build() {
        StringBuilder head = new StringBuilder("# Lesson " + lesson.number() + ": " + lesson.title() + "\n\n");
        if (lesson.minutes() > 0) head.append("About ").append(lesson.minutes()).append(" minutes. ");
        head.append("Generated from `lessons/").append(fileName)
                .append("` by `./dynasim notebooks`; run it in a Java kernel (such as JJava) from this folder, or open the lesson"
                        + " with `./dynasim lesson ").append(lesson.number()).append("`.");
        if (!lesson.sources().isEmpty()) {
            head.append("\n\nSources:\n");
            for (String s : lesson.sources()) head.append("\n- ").append(s);
        }
        markdown("intro", head.toString());
        code("setup", CLASSPATH_MAGIC + "\n" + lesson.setup());
        int step = 0;
        int exercise = 0;
        for (Lesson.Part part : lesson.parts()) {
            if (part instanceof Lesson.Step s) {
                step++;
                markdown("step-" + step, "## Step " + step + ": " + s.title() + "\n\n" + s.narration());
                if (!s.code().isEmpty()) code("step-" + step + "-code", s.code());
            } else if (part instanceof Lesson.Exercise e) {
                exercise++;
                StringBuilder text = new StringBuilder("## Exercise " + exercise + ": " + e.id() + "\n\n" + e.statement());
                for (String h : e.hints()) text.append("\n\n*Hint:* ").append(h);
                markdown("exercise-" + exercise, text.toString());
                Cells.mark(code("exercise-" + exercise + "-answer", BEGIN_SOLUTION + "\n" + e.solution() + "\n" + END_SOLUTION),
                        e.id(), Cells.ANSWER);
                String check = e.code().isEmpty() ? e.check() : e.code() + "\n" + e.check();
                Cells.mark(code("exercise-" + exercise + "-check", check), e.id(), Cells.CHECK);
            }
        }
        ObjectNode nb = NotebookFile.JSON.createObjectNode();
        nb.set("cells", cells);
        ObjectNode meta = nb.putObject("metadata");
        ObjectNode kernel = meta.putObject("kernelspec");
        kernel.put("display_name", "Java");
        kernel.put("language", "java");
        kernel.put("name", "java");
        ObjectNode language = meta.putObject("language_info");
        language.put("name", "java");
        language.put("file_extension", ".jshell");
        language.put("mimetype", "text/x-java-source");
        language.put("version", "17");
        nb.put("nbformat", 4);
        nb.put("nbformat_minor", 5);
        return nb;
    }

    private void markdown(String id, String text) {
        ObjectNode cell = cells.addObject();
        cell.put("cell_type", "markdown");
        cell.put("id", cellId(id));
        cell.putObject("metadata");
        cell.set("source", Cells.lines(text.strip()));
    }

    private ObjectNode code(String id, String source) {
        source = Snippets.terminated(ANALYSER, source); // a Java kernel reads a cell as one input: each statement needs its semicolon
        ObjectNode cell = cells.addObject();
        cell.put("cell_type", "code");
        cell.putNull("execution_count");
        cell.put("id", cellId(id));
        cell.putObject("metadata");
        cell.putArray("outputs");
        cell.set("source", Cells.lines(source.strip()));
        return cell;
    }

    /** A cell id (nbformat 4.5: 1 to 64 of a-z, A-Z, 0-9, - and _), stable across regenerations. */
    private String cellId(String id) {
        return String.format("l%02d-%s", lesson.number(), id);
    }
}
