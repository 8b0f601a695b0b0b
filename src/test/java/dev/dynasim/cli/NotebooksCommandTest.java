package dev.dynasim.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code dynasim notebooks} writes the workbook of the lessons; with {@code --student DIR}, the students' copies. */
class NotebooksCommandTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private final CommandRun run = new CommandRun();

    @TempDir
    Path dir;

    @BeforeEach
    void fixtureLessons() {
        System.setProperty("dynasim.lessons", "src/test/resources/lessons-fixture");
    }

    @AfterEach
    void restore() {
        System.clearProperty("dynasim.lessons");
    }

    @Test
    void notebooks_writeEachLessonWithItsOutputs_andStudentCopiesWithoutTheSolution() throws Exception {
        Path teacher = dir.resolve("nb");
        Path student = dir.resolve("student");
        assertThat(run.execute("notebooks", "--out", teacher.toString())).isZero();
        assertThat(run.execute("notebooks", "--student", student.toString())).isZero();
        assertThat(run.out.toString()).isEqualTo("1 notebooks written to " + teacher + "\n1 students' notebooks written to " + student + "\n");

        JsonNode t = JSON.readTree(Files.readString(teacher.resolve("01-tiny.ipynb")));
        JsonNode s = JSON.readTree(Files.readString(student.resolve("01-tiny.ipynb")));
        JsonNode answer = t.get("cells").get(7);
        assertThat(answer.get("id").asText()).isEqualTo("l01-exercise-1-answer");
        assertThat(answer.get("metadata").toString()).isEqualTo("{\"dynasim\":{\"exercise\":\"count\",\"role\":\"answer\"}}");
        assertThat(answer.get("source").toString()).isEqualTo("[\"// BEGIN SOLUTION\\n\",\"int answer = 1;\\n\",\"// END SOLUTION\"]");
        assertThat(answer.get("outputs").toString()).isEqualTo("[{\"name\":\"stdout\",\"output_type\":\"stream\",\"text\":[\"answer ==> 1\\n\"]}]");
        JsonNode check = t.get("cells").get(8);
        assertThat(check.get("metadata").toString()).isEqualTo("{\"dynasim\":{\"exercise\":\"count\",\"role\":\"check\"}}");
        assertThat(check.get("source").toString()).isEqualTo("[\"Check checkCount() {\\n\",\"    return Check.that(\\\"count\\\", answer == 1,"
                + " \\\"1 item\\\", answer, \\\"music.scan() shows every item\\\");\\n\",\"}\\n\",\"checkCount()\"]");
        assertThat(check.get("outputs").toString()).isEqualTo("[{\"name\":\"stdout\",\"output_type\":\"stream\",\"text\":[\"$2 ==> PASSED count:"
                + " correct: 1 item\\n\"]}]");

        assertThat(s.get("cells").get(7).toString()).isEqualTo("{\"cell_type\":\"code\",\"execution_count\":null,\"id\":\"l01-exercise-1-answer\","
                + "\"metadata\":{\"dynasim\":{\"exercise\":\"count\",\"role\":\"answer\"}},\"outputs\":[],\"source\":[\"// YOUR CODE HERE\"]}");
        assertThat(s.get("cells").get(8).get("outputs")).isEmpty();
        assertThat(s.get("cells").get(8).get("source")).isEqualTo(check.get("source"));
        assertThat(s.get("cells").get(3)).isEqualTo(t.get("cells").get(3));
    }

    @Test
    void outAndStudentTogether_isAUsageError() {
        assertThat(run.execute("notebooks", "--out", "a", "--student", "b")).isEqualTo(2);
        assertThat(run.err.toString()).startsWith("--out and --student both say where to write: give one");
    }
}
