package dev.dynasim.notebook;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.dynasim.lesson.JShellSession;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Running a notebook: code cells run in order in one session, their outputs replaced by what they
 * showed (streams, Jupyter errors), execution counts renumbered, Markdown untouched; %jars adds jars
 * resolved against the notebook's folder (dynasim's own skipped), other magics are errors; a cell that
 * ends the Java process is followed by a restart that replays the cells before it.
 */
class NotebookRunnerTest {
    @TempDir
    Path dir;

    @Test
    void run_codeCellsInOrder_writesStreamsErrorsAndCounts_andRestartsAfterTheProcessEnds() throws Exception {
        Path folder = Files.createDirectories(dir.resolve("book"));
        greeterJar(folder.resolve("lib/greeter.jar"));
        ObjectNode nb = NotebookFile.parse("""
                {"cells": [
                 {"cell_type": "markdown", "id": "m", "metadata": {"tags": ["x"]}, "source": ["# Title\\n", "%jars in Markdown is text"]},
                 {"cell_type": "code", "execution_count": 7, "id": "c1", "metadata": {"k": 1},
                  "outputs": [{"name": "stdout", "output_type": "stream", "text": ["stale\\n"]}],
                  "source": ["%jars ../target/dynasim.jar lib/greeter.jar\\n", "import static dev.dynasim.shell.Shell.*;\\n",
                             "System.out.println(\\"hello\\");\\n", "int x = 40 + 2;"]},
                 {"cell_type": "code", "execution_count": 3, "id": "c2", "metadata": {}, "outputs": [], "source": "greet.Greeter.hi()"},
                 {"cell_type": "code", "execution_count": 9, "id": "c3", "metadata": {}, "outputs": [], "source": ["  \\n"]},
                 {"cell_type": "code", "id": "c4", "metadata": {}, "outputs": [], "source": "int y = \\"no\\";\\nx + 1\\n1 / 0"},
                 {"cell_type": "code", "id": "c5", "metadata": {}, "outputs": [],
                  "source": "var t = createTable(\\"Tiny\\", 1, 1, partitionKey(\\"Id\\", S));\\nt.put(item(\\"Id\\", \\"a\\"))\\nt.put(item(\\"Id\\", \\"b\\"))"},
                 {"cell_type": "raw", "id": "r", "metadata": {}, "source": "raw text"},
                 {"cell_type": "code", "id": "c6", "metadata": {}, "outputs": [], "source": "%%bash\\necho hi"},
                 {"cell_type": "code", "id": "c7", "metadata": {}, "outputs": [], "source": "%maven org.x:y:1\\nint z = 1;"},
                 {"cell_type": "code", "id": "c8", "metadata": {}, "outputs": [], "source": "%jars missing.jar\\nint w = 1;"},
                 {"cell_type": "code", "id": "c9", "metadata": {}, "outputs": [], "source": "System.exit(1)"},
                 {"cell_type": "code", "id": "c10", "metadata": {}, "outputs": [], "source": "x + 1\\ngreet.Greeter.hi()"}
                ], "metadata": {"kernelspec": {"name": "java"}}, "nbformat": 4, "nbformat_minor": 5}
                """, "t.ipynb");
        ObjectNode before = nb.deepCopy();

        NotebookRunner.Summary summary = NotebookRunner.run(nb, folder, () -> JShellSession.withDisplays(10_000));

        assertThat(summary).isEqualTo(new NotebookRunner.Summary(9, 6, 1));
        JsonNode cells = nb.get("cells");
        assertThat(cells.get(0)).isEqualTo(before.get("cells").get(0));
        assertThat(cells.get(6)).isEqualTo(before.get("cells").get(6));
        assertThat(cells.get(1).get("metadata")).isEqualTo(before.get("cells").get(1).get("metadata"));
        assertThat(cells.get(1).get("source")).isEqualTo(before.get("cells").get(1).get("source"));
        assertThat(counts(cells)).containsExactly("null", "1", "2", "null", "3", "4", "null", "5", "6", "7", "8", "9");
        assertThat(outputs(cells, 1)).isEqualTo("[{\"name\":\"stdout\",\"output_type\":\"stream\",\"text\":[\"hello\\n\",\"x ==> 42\\n\"]}]");
        assertThat(outputs(cells, 2)).isEqualTo("[{\"name\":\"stdout\",\"output_type\":\"stream\",\"text\":[\"$1 ==> \\\"hi\\\"\\n\"]}]");
        assertThat(outputs(cells, 3)).isEqualTo("[]");
        assertThat(outputs(cells, 4)).isEqualTo("[" + error("CompilationError", "incompatible types: java.lang.String cannot be converted to int",
                "Error: incompatible types: java.lang.String cannot be converted to int")
                + ",{\"name\":\"stdout\",\"output_type\":\"stream\",\"text\":[\"$2 ==> 43\\n\"]},"
                + error("ArithmeticException", "/ by zero", "Exception ArithmeticException: / by zero") + "]");
        String throttled = "You exceeded your maximum allowed provisioned throughput for a table or for one or more global secondary indexes."
                + " To view performance metrics for provisioned throughput vs. consumed throughput, open the Amazon CloudWatch console.";
        assertThat(outputs(cells, 5)).isEqualTo("[{\"name\":\"stdout\",\"output_type\":\"stream\",\"text\":[\"t ==> Table Tiny (Id:S), PROVISIONED,"
                + " 0 items, 0 bytes\\n\",\"$4 ==> consumed 1 WCU\\n\"]}," + error("ProvisionedThroughputExceededException", throttled,
                "ProvisionedThroughputExceededException: " + throttled) + "]");
        String notRun = " is not supported here: dynasim runs a notebook's Java with only the %jars magic; this cell was not run";
        assertThat(outputs(cells, 7)).isEqualTo("[" + error("MagicError", "%%bash" + notRun, "Error: %%bash" + notRun) + "]");
        assertThat(outputs(cells, 8)).isEqualTo("[" + error("MagicError", "%maven" + notRun, "Error: %maven" + notRun) + "]");
        String missing = "%jars: there is no missing.jar (resolved against the notebook's folder: " + folder.resolve("missing.jar")
                + "); this cell was not run";
        assertThat(outputs(cells, 9)).isEqualTo("[" + error("MagicError", missing, "Error: " + missing) + "]");
        String ended = "The Java process running the code ended (System.exit or a crash).";
        assertThat(outputs(cells, 10)).isEqualTo("[" + error("ProcessEndedError", ended, ended)
                + ",{\"name\":\"stderr\",\"output_type\":\"stream\",\"text\":[\"" + NotebookRunner.RESTARTED + "\\n\"]}]");
        // the new process has x and the jar: the cells before were replayed (numbering $1 to $5 again) and the class path kept
        assertThat(outputs(cells, 11)).isEqualTo("[{\"name\":\"stdout\",\"output_type\":\"stream\",\"text\":[\"$6 ==> 43\\n\",\"$7 ==> \\\"hi\\\"\\n\"]}]");
    }

    private static List<String> counts(JsonNode cells) {
        return java.util.stream.StreamSupport.stream(cells.spliterator(), false)
                .map(c -> c.has("execution_count") ? c.get("execution_count").toString() : "null").toList();
    }

    private static String outputs(JsonNode cells, int i) {
        return cells.get(i).get("outputs").toString();
    }

    private static String error(String name, String value, String traceback) {
        ObjectNode e = NotebookFile.JSON.createObjectNode();
        e.put("ename", name);
        e.put("evalue", value);
        e.put("output_type", "error");
        e.putArray("traceback").add(traceback);
        return e.toString();
    }

    /** A jar holding {@code greet.Greeter}, whose {@code hi()} answers "hi". */
    private void greeterJar(Path jar) throws Exception {
        Path src = Files.createDirectories(dir.resolve("src/greet"));
        Files.writeString(src.resolve("Greeter.java"), "package greet; public class Greeter { public static String hi() { return \"hi\"; } }");
        Path classes = Files.createDirectories(dir.resolve("classes"));
        int status = ToolProvider.getSystemJavaCompiler().run(null, null, null, "-d", classes.toString(), src.resolve("Greeter.java").toString());
        assertThat(status).isZero();
        Files.createDirectories(jar.getParent());
        try (OutputStream out = Files.newOutputStream(jar); JarOutputStream j = new JarOutputStream(out)) {
            j.putNextEntry(new JarEntry("greet/Greeter.class"));
            j.write(Files.readAllBytes(classes.resolve("greet/Greeter.class")));
            j.closeEntry();
        }
    }
}
