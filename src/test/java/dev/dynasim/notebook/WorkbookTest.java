package dev.dynasim.notebook;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.dynasim.lesson.LessonCatalogue;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The committed workbook (notebooks/) is what ./dynasim notebooks generates from the lessons now, so
 * it never drifts from them; and every notebook is nbformat 4.5 with a Java kernelspec, unique cell
 * ids, a class path line for the kernel, outputs recorded and each exercise's solution between markers.
 */
class WorkbookTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void theCommittedWorkbook_isUpToDateWithTheLessons_andEveryNotebookIsValid() throws Exception {
        List<String[]> generated = Workbook.generate(LessonCatalogue.in(Path.of("lessons")));
        assertThat(generated).hasSize(9);
        for (String[] nb : generated) {
            Path committed = Path.of("notebooks").resolve(nb[0]);
            assertThat(committed).as("notebooks/%s (run ./dynasim notebooks)", nb[0]).exists();
            assertThat(Files.readString(committed, StandardCharsets.UTF_8)).as("notebooks/%s is out of date: run ./dynasim notebooks", nb[0])
                    .isEqualTo(nb[1]);
            JsonNode root = JSON.readTree(nb[1]);
            assertThat(root.get("nbformat").asInt()).isEqualTo(4);
            assertThat(root.get("nbformat_minor").asInt()).isEqualTo(5);
            assertThat(root.at("/metadata/kernelspec/language").asText()).isEqualTo("java");
            Set<String> ids = new HashSet<>();
            boolean solution = false;
            for (JsonNode cell : root.get("cells")) {
                assertThat(cell.get("id").asText()).matches("[a-zA-Z0-9_-]{1,64}");
                assertThat(ids.add(cell.get("id").asText())).as("unique id %s", cell.get("id")).isTrue();
                String source = String.join("", JSON.convertValue(cell.get("source"), String[].class));
                solution |= source.contains("// BEGIN SOLUTION\n") && source.contains("// END SOLUTION\n");
                if (cell.get("cell_type").asText().equals("code")) assertThat(cell.has("outputs")).isTrue();
            }
            String first = String.join("", JSON.convertValue(root.get("cells").get(1).get("source"), String[].class));
            assertThat(first).startsWith(LessonNotebook.CLASSPATH_MAGIC + "\n");
            assertThat(solution).as("an exercise with its solution between markers in %s", nb[0]).isTrue();
            assertThat(nb[1]).contains("PASSED ");
        }
    }
}
