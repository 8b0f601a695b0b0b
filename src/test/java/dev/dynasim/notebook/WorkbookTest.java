package dev.dynasim.notebook;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.dynasim.lesson.Lesson;
import dev.dynasim.lesson.LessonCatalogue;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The committed workbook (notebooks/) is what ./dynasim notebooks generates from the lessons now (its
 * charts compared by size, not pixels), so it never drifts from them; every notebook is nbformat 4.5 with a Java kernelspec, unique cell ids,
 * a class path line for the kernel, well-formed outputs (errors in Jupyter's form, lesson 9's charts as
 * images), and each exercise as an answer cell (its solution between markers) followed by its check
 * cell; and each student's copy has the starter code in place of the solution and no results of it.
 */
class WorkbookTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final byte[] PNG_SIGNATURE = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'};
    private static List<Workbook.Notebook> generated;

    @BeforeAll
    static void generate() {
        generated = Workbook.generate(LessonCatalogue.in(Path.of("lessons")), Path.of("notebooks"));
    }

    @Test
    void theCommittedWorkbook_isUpToDateWithTheLessons_andEveryNotebookIsValid() throws Exception {
        assertThat(generated).hasSize(9);
        for (Workbook.Notebook nb : generated) {
            Path committed = Path.of("notebooks").resolve(nb.fileName());
            assertThat(committed).as("notebooks/%s (run ./dynasim notebooks)", nb.fileName()).exists();
            String text = Files.readString(committed, StandardCharsets.UTF_8);
            assertThat(WithoutImages.of(text)).as("notebooks/%s is out of date: run ./dynasim notebooks", nb.fileName())
                    .isEqualTo(WithoutImages.of(nb.text()));
            assertThat(images(text)).as("the charts of notebooks/%s", nb.fileName()).isEqualTo(images(nb.text()));
            JsonNode root = JSON.readTree(nb.text());
            assertThat(root.get("nbformat").asInt()).isEqualTo(4);
            assertThat(root.get("nbformat_minor").asInt()).isEqualTo(5);
            assertThat(root.at("/metadata/kernelspec/language").asText()).isEqualTo("java");
            Set<String> ids = new HashSet<>();
            int count = 0;
            for (JsonNode cell : root.get("cells")) {
                assertThat(cell.get("id").asText()).matches("[a-zA-Z0-9_-]{1,64}");
                assertThat(ids.add(cell.get("id").asText())).as("unique id %s", cell.get("id")).isTrue();
                if (cell.get("cell_type").asText().equals("code")) {
                    assertThat(cell.get("execution_count").asInt()).as("execution counts run 1, 2, ...").isEqualTo(++count);
                    assertThat(cell.get("outputs").isArray()).isTrue();
                    for (JsonNode output : cell.get("outputs")) assertWellFormed(output);
                } else {
                    assertThat(cell.has("outputs")).isFalse();
                }
            }
            String first = String.join("", JSON.convertValue(root.get("cells").get(1).get("source"), String[].class));
            assertThat(first).startsWith(LessonNotebook.CLASSPATH_MAGIC + "\n");
            assertExercises(nb.lesson(), root);
        }
    }

    @Test
    void lesson9_showsItsThrottlingChartsInline_andLesson4ItsThrottlingErrorAsAJupyterError() throws Exception {
        JsonNode nine = JSON.readTree(generated.get(8).text());
        assertThat(images(generated.get(8).text())).containsExactly("1280x720", "1280x720");
        List<JsonNode> images = outputs(nine, "display_data");
        assertThat(String.join("", JSON.convertValue(images.get(0).at("/data/text~1plain"), String[].class)))
                .isEqualTo("Of 72,000 requests in shell, 5,852 (8%) were throttled, all for TableWriteKeyRangeThroughputExceeded."
                        + " Throttling peaked at 117 requests/s at 8 s.");
        assertThat(String.join("", JSON.convertValue(images.get(1).at("/data/text~1plain"), String[].class)))
                .isEqualTo("No request was throttled in shell: all 72,000 requests were served.");
        List<JsonNode> errors = outputs(JSON.readTree(generated.get(3).text()), "error");
        assertThat(errors).isNotEmpty();
        assertThat(errors.get(0).get("ename").asText()).isEqualTo("ProvisionedThroughputExceededException");
        assertThat(errors.get(0).get("evalue").asText()).startsWith("You exceeded your maximum allowed provisioned throughput");
        assertThat(errors.get(0).get("traceback").get(0).asText()).isEqualTo("ProvisionedThroughputExceededException: "
                + errors.get(0).get("evalue").asText());
    }

    @Test
    void studentCopies_haveTheStarterCodeInPlaceOfTheSolutions_andNoOutputsForTheExercises() throws Exception {
        for (Workbook.Notebook nb : generated) {
            JsonNode teacher = JSON.readTree(nb.text());
            JsonNode student = JSON.readTree(nb.studentText());
            assertThat(nb.studentText()).doesNotContain("BEGIN SOLUTION").doesNotContain("END SOLUTION");
            assertThat(student.get("cells")).hasSameSizeAs(teacher.get("cells"));
            for (int i = 0; i < teacher.get("cells").size(); i++) {
                JsonNode t = teacher.get("cells").get(i);
                JsonNode s = student.get("cells").get(i);
                assertThat(s.get("id")).isEqualTo(t.get("id"));
                assertThat(s.get("metadata")).isEqualTo(t.get("metadata"));
                if (Cells.role(t).equals(Cells.ANSWER)) {
                    Lesson.Exercise e = exercise(nb.lesson(), Cells.exercise(t));
                    assertThat(e.starter()).as("a starter for %s", e.id()).isNotBlank();
                    assertThat(Cells.source(s)).isEqualTo(e.starter());
                }
                if (!Cells.role(t).isEmpty()) {
                    assertThat(s.get("outputs")).isEmpty();
                    assertThat(s.get("execution_count").isNull()).isTrue();
                } else {
                    assertThat(s).isEqualTo(t);
                }
            }
        }
    }

    /** The size of each chart of the notebook, in order, as "WIDTHxHEIGHT". */
    private static List<String> images(String notebook) throws Exception {
        List<String> sizes = new ArrayList<>();
        for (JsonNode image : outputs(JSON.readTree(notebook), "display_data")) {
            byte[] png = Base64.getDecoder().decode(image.at("/data/image~1png").asText());
            assertThat(Arrays.copyOf(png, 8)).isEqualTo(PNG_SIGNATURE);
            BufferedImage read = ImageIO.read(new ByteArrayInputStream(png));
            sizes.add(read.getWidth() + "x" + read.getHeight());
        }
        return sizes;
    }

    private static void assertExercises(Lesson lesson, JsonNode root) {
        List<String> answered = new ArrayList<>();
        JsonNode cells = root.get("cells");
        for (int i = 0; i < cells.size(); i++) {
            JsonNode cell = cells.get(i);
            if (!Cells.role(cell).equals(Cells.ANSWER)) continue;
            Lesson.Exercise e = exercise(lesson, Cells.exercise(cell));
            answered.add(e.id());
            assertThat(Cells.source(cell)).isEqualTo("// BEGIN SOLUTION\n" + e.solution() + "\n// END SOLUTION");
            JsonNode check = cells.get(i + 1);
            assertThat(Cells.role(check)).isEqualTo(Cells.CHECK);
            assertThat(Cells.exercise(check)).isEqualTo(e.id());
            assertThat(Cells.source(check)).isEqualTo(e.code() + "\n" + e.check());
            assertThat(Cells.text(check.get("outputs").get(0).get("text"))).matches("\\$\\d+ ==> PASSED " + e.id() + ": [^\n]*\n");
        }
        assertThat(answered).containsExactlyElementsOf(lesson.exercises().stream().map(Lesson.Exercise::id).toList());
    }

    private static Lesson.Exercise exercise(Lesson lesson, String id) {
        return lesson.exercises().stream().filter(e -> e.id().equals(id)).findFirst().orElseThrow();
    }

    private static void assertWellFormed(JsonNode output) {
        switch (output.get("output_type").asText()) {
            case "stream" -> {
                assertThat(output.get("name").asText()).isIn("stdout", "stderr");
                assertThat(Cells.text(output.get("text"))).endsWith("\n");
            }
            case "error" -> {
                assertThat(output.get("ename").asText()).matches("[A-Z][A-Za-z]+");
                assertThat(output.get("evalue").isTextual()).isTrue();
                assertThat(output.get("traceback").isArray()).isTrue();
                assertThat(output.get("traceback")).isNotEmpty().allMatch(JsonNode::isTextual);
            }
            case "display_data" -> {
                assertThat(output.get("data").get("image/png").isTextual()).isTrue();
                assertThat(output.get("data").get("text/plain").isArray()).isTrue();
                assertThat(output.get("metadata").isObject()).isTrue();
            }
            default -> throw new AssertionError("unexpected output " + output);
        }
    }

    private static List<JsonNode> outputs(JsonNode notebook, String type) {
        List<JsonNode> found = new ArrayList<>();
        for (JsonNode cell : notebook.get("cells")) {
            for (JsonNode output : cell.path("outputs")) if (output.get("output_type").asText().equals(type)) found.add(output);
        }
        return found;
    }
}
