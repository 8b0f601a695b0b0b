package dev.dynasim.notebook;

import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.dynasim.lesson.JShellSession;
import dev.dynasim.lesson.Lesson;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

/**
 * A lesson as a Jupyter notebook (nbformat 4.5): the narration as Markdown cells, each step's code as
 * a code cell with the output of running it, each exercise as its statement and hints, then a code
 * cell with the reference solution between nbgrader-style {@code BEGIN SOLUTION} / {@code END SOLUTION}
 * markers and the check. Cells have stable ids; the kernelspec is Java (e.g. the JJava kernel), whose
 * {@code %jars} line in the first code cell puts dynasim on the class path.
 */
public final class LessonNotebook {
    /** The first line of the first code cell: the Java kernel's way to put dynasim on its class path. */
    public static final String CLASSPATH_MAGIC = "%jars ../target/dynasim.jar";
    private static final ObjectMapper JSON = new ObjectMapper();

    private final Lesson lesson;
    private final ArrayNode cells = JSON.createArrayNode();
    private int executionCount;

    private LessonNotebook(Lesson lesson) {
        this.lesson = lesson;
    }

    /** The notebook of {@code lesson}, its code run in {@code session} (fresh) to record the outputs, as nbformat JSON text. */
    public static String of(Lesson lesson, JShellSession session) {
        return new LessonNotebook(lesson).build(session);
    }

    private String build(JShellSession session) {
        StringBuilder head = new StringBuilder("# Lesson " + lesson.number() + ": " + lesson.title() + "\n\n");
        if (lesson.minutes() > 0) head.append("About ").append(lesson.minutes()).append(" minutes. ");
        head.append("Generated from `lessons/").append(String.format("%02d", lesson.number()))
                .append("-….jsh` by `./dynasim notebooks`; run it in a Java kernel (such as JJava) from this folder, or open the lesson"
                        + " with `./dynasim lesson ").append(lesson.number()).append("`.");
        if (!lesson.sources().isEmpty()) {
            head.append("\n\nSources:\n");
            for (String s : lesson.sources()) head.append("\n- ").append(s);
        }
        markdown("intro", head.toString());
        code("setup", CLASSPATH_MAGIC + "\n" + lesson.setup(), session.run(lesson.setup(), true).lines());
        int step = 0;
        int exercise = 0;
        for (Lesson.Part part : lesson.parts()) {
            if (part instanceof Lesson.Step s) {
                step++;
                markdown("step-" + step, "## Step " + step + ": " + s.title() + "\n\n" + s.narration());
                if (!s.code().isEmpty()) code("step-" + step + "-code", s.code(), session.run(s.code(), false).lines());
            } else if (part instanceof Lesson.Exercise e) {
                exercise++;
                StringBuilder text = new StringBuilder("## Exercise " + exercise + ": " + e.id() + "\n\n" + e.statement());
                for (String h : e.hints()) text.append("\n\n*Hint:* ").append(h);
                markdown("exercise-" + exercise, text.toString());
                if (!e.code().isEmpty()) session.run(e.code(), true); // the check's definition, not shown in the workbook
                List<String> outputs = new ArrayList<>(session.run(e.solution(), false).lines());
                List<String> checked = session.run(e.check(), true).lines();
                if (!checked.isEmpty()) outputs.add(checked.get(checked.size() - 1).replaceFirst("^\\$\\d+ ==> ", ""));
                code("exercise-" + exercise + "-answer", "// BEGIN SOLUTION\n" + e.solution() + "\n// END SOLUTION\n" + e.check(), outputs);
            }
        }
        ObjectNode nb = JSON.createObjectNode();
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
        try {
            DefaultPrettyPrinter printer = new DefaultPrettyPrinter().withObjectIndenter(new DefaultIndenter(" ", "\n"));
            return JSON.writer(printer).writeValueAsString(nb) + "\n";
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void markdown(String id, String text) {
        ObjectNode cell = cells.addObject();
        cell.put("cell_type", "markdown");
        cell.put("id", cellId(id));
        cell.putObject("metadata");
        cell.set("source", sourceLines(text.strip()));
    }

    private void code(String id, String source, List<String> output) {
        ObjectNode cell = cells.addObject();
        cell.put("cell_type", "code");
        cell.put("execution_count", ++executionCount);
        cell.put("id", cellId(id));
        cell.putObject("metadata");
        ArrayNode outputs = cell.putArray("outputs");
        if (!output.isEmpty()) {
            ObjectNode stream = outputs.addObject();
            stream.put("name", "stdout");
            stream.put("output_type", "stream");
            stream.set("text", sourceLines(String.join("\n", output) + "\n"));
        }
        cell.set("source", sourceLines(source.strip()));
    }

    /** A cell id (nbformat 4.5: 1 to 64 of a-z, A-Z, 0-9, - and _), stable across regenerations. */
    private String cellId(String id) {
        return String.format("l%02d-%s", lesson.number(), id);
    }

    /** Text as nbformat's list of lines, each but the last ending in a line break. */
    private static ArrayNode sourceLines(String text) {
        ArrayNode lines = JSON.createArrayNode();
        String[] parts = text.split("\n", -1);
        for (int i = 0; i < parts.length; i++) {
            if (i == parts.length - 1 && parts[i].isEmpty()) break;
            lines.add(i < parts.length - 1 ? parts[i] + "\n" : parts[i]);
        }
        return lines;
    }
}
