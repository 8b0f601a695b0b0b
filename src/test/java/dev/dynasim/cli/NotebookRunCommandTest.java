package dev.dynasim.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.dynasim.notebook.WithoutImages;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code dynasim notebook run FILE...} runs notebooks and writes their outputs back: a committed
 * workbook notebook with its outputs removed comes back as committed (its charts inline, compared
 * without their pixels); a file
 * that is not a notebook is one line of error and no file is touched.
 */
class NotebookRunCommandTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private final CommandRun run = new CommandRun();

    @TempDir
    Path dir;

    @Test
    void run_lesson9WithoutOutputs_givesBackTheCommittedNotebook() throws Exception {
        String committed = Files.readString(Path.of("notebooks/09-designing-for-scale.ipynb"), StandardCharsets.UTF_8);
        ObjectNode nb = (ObjectNode) JSON.readTree(committed);
        int code = 0;
        for (JsonNode cell : nb.get("cells")) {
            if (!cell.get("cell_type").asText().equals("code")) continue;
            code++;
            ((ObjectNode) cell).putArray("outputs");
            ((ObjectNode) cell).put("execution_count", 99);
        }
        Path file = Files.createDirectories(dir.resolve("notebooks")).resolve("09.ipynb");
        Files.writeString(file, JSON.writeValueAsString(nb));

        assertThat(run.execute("notebook", "run", file.toString())).isZero();

        String ran = Files.readString(file, StandardCharsets.UTF_8);
        assertThat(WithoutImages.of(ran)).isEqualTo(WithoutImages.of(committed));
        assertThat(ran).contains("\"image/png\" : \"iVBORw0KGgo"); // a PNG, base64
        assertThat(run.out.toString()).isEqualTo(file + ": " + code + " code cells run, 0 with errors\n");
        assertThat(run.err.toString()).isEmpty();
        try (var files = Files.list(file.getParent())) {
            assertThat(files.map(p -> p.getFileName().toString()).toList()).containsExactly("09.ipynb");
        }
    }

    @Test
    void run_aFileThatIsNotANotebook_isOneLineOfError_andNoFileIsTouched() throws Exception {
        Path good = dir.resolve("good.ipynb");
        String goodText = "{\"cells\": [{\"cell_type\": \"code\", \"source\": \"1 + 1\", \"outputs\": []}], \"metadata\": {}, \"nbformat\": 4}";
        Files.writeString(good, goodText);
        Path bad = dir.resolve("bad.ipynb");
        Files.writeString(bad, "{\"cells\": [}");

        assertThat(run.execute("notebook", "run", good.toString(), bad.toString())).isEqualTo(1);

        assertThat(run.err.toString()).isEqualTo("Error: " + bad + " is not valid JSON: Unexpected close marker '}': expected ']'"
                + " (for Array starting at line 1, column 11) (line 1, column 12)" + System.lineSeparator());
        assertThat(run.out.toString()).isEmpty();
        assertThat(Files.readString(good)).isEqualTo(goodText);
        assertThat(Files.readString(bad)).isEqualTo("{\"cells\": [}");
    }

    @Test
    void run_aNotebookOfAnotherFormatOrNoFile_isOneLineOfError() throws Exception {
        Path old = dir.resolve("old.ipynb");
        Files.writeString(old, "{\"nbformat\": 3, \"worksheets\": []}");
        assertThat(run.execute("notebook", "run", old.toString())).isEqualTo(1);
        assertThat(run.err.toString()).isEqualTo("Error: " + old + " is not an nbformat 4 notebook: its \"nbformat\" is 3, not 4"
                + System.lineSeparator());
        assertThat(Files.readString(old)).isEqualTo("{\"nbformat\": 3, \"worksheets\": []}");
    }

    @Test
    void run_writesOutputsBack_andSaysWhatRan() throws Exception {
        Path file = dir.resolve("small.ipynb");
        Files.writeString(file, "{\"cells\": [{\"cell_type\": \"code\", \"source\": \"int x = 6 * 7;\", \"outputs\": []},"
                + " {\"cell_type\": \"code\", \"source\": \"x / 0\", \"outputs\": []}], \"metadata\": {}, \"nbformat\": 4}");

        assertThat(run.execute("notebook", "run", "--timeout", "10", file.toString())).isZero();

        assertThat(run.out.toString()).isEqualTo(file + ": 2 code cells run, 1 with errors\n");
        assertThat(Files.readString(file)).isEqualTo("""
                {
                 "cells" : [ {
                  "cell_type" : "code",
                  "source" : "int x = 6 * 7;",
                  "outputs" : [ {
                   "name" : "stdout",
                   "output_type" : "stream",
                   "text" : [ "x ==> 42\\n" ]
                  } ],
                  "execution_count" : 1
                 }, {
                  "cell_type" : "code",
                  "source" : "x / 0",
                  "outputs" : [ {
                   "ename" : "ArithmeticException",
                   "evalue" : "/ by zero",
                   "output_type" : "error",
                   "traceback" : [ "Exception ArithmeticException: / by zero" ]
                  } ],
                  "execution_count" : 2
                 } ],
                 "metadata" : { },
                 "nbformat" : 4
                }
                """);
    }

    @Test
    void notebookWithoutASubcommand_printsItsUsage_andABadTimeoutIsAUsageError() {
        assertThat(run.execute("notebook")).isZero();
        assertThat(run.out.toString()).startsWith("Usage: dynasim notebook").contains("run");
        assertThat(run.execute("notebook", "run", "--timeout", "0", "x.ipynb")).isEqualTo(2);
        assertThat(run.err.toString()).startsWith("--timeout must be at least 1 second");
    }
}
