package dev.dynasim.notebook;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.dynasim.lesson.Snippets;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import jdk.jshell.JShell;
import jdk.jshell.SourceCodeAnalysis;
import jdk.jshell.SourceCodeAnalysis.Completeness;
import org.junit.jupiter.api.Test;

/**
 * Every code cell of the committed workbook reads as a Java kernel such as JJava reads it: the whole
 * cell as one input, cut where JShell finds a complete statement. Each statement but the last must end
 * in its semicolon, so that the kernel finds the same snippets as dynasim's line-by-line runner.
 */
class JavaKernelCellsTest {
    @Test
    void everyCodeCell_isCutByAJavaKernelIntoTheSnippetsTheLessonsHave() throws IOException {
        List<String> wrong = new ArrayList<>();
        try (JShell analyser = JShell.builder().executionEngine("local").build(); Stream<Path> files = Files.list(Path.of("notebooks"))) {
            for (Path nb : files.filter(f -> f.toString().endsWith(".ipynb")).sorted().toList()) {
                for (JsonNode cell : NotebookFile.JSON.readTree(nb.toFile()).get("cells")) {
                    if (!cell.get("cell_type").asText().equals("code")) continue;
                    String java = CellCode.of(Cells.text(cell.get("source"))).java();
                    int kernel = kernelPieces(analyser, java, wrong, nb.getFileName() + " " + cell.get("id").asText());
                    int lines = Snippets.cut(analyser, java).size();
                    if (kernel != lines) wrong.add(nb.getFileName() + " " + cell.get("id").asText() + ": " + kernel + " kernel inputs, " + lines + " snippets");
                }
            }
        }
        assertThat(wrong).isEmpty();
    }

    /** How many snippets a kernel that reads the whole cell finds; a piece but the last that lacks its semicolon is wrong. */
    private static int kernelPieces(JShell analyser, String java, List<String> wrong, String where) {
        int pieces = 0;
        String rest = java;
        while (!rest.isBlank()) {
            SourceCodeAnalysis.CompletionInfo info = analyser.sourceCodeAnalysis().analyzeCompletion(rest);
            Completeness c = info.completeness();
            if (c == Completeness.EMPTY) break;
            if (info.source() == null || c == Completeness.DEFINITELY_INCOMPLETE || c == Completeness.CONSIDERED_INCOMPLETE) {
                wrong.add(where + ": not complete Java: " + rest.lines().findFirst().orElse(""));
                break;
            }
            pieces++;
            if (c == Completeness.COMPLETE_WITH_SEMI && !info.remaining().isBlank()) {
                wrong.add(where + ": a statement without its semicolon: " + info.source().lines().findFirst().orElse(""));
            }
            rest = info.remaining();
        }
        return pieces;
    }
}
