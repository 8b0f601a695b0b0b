package dev.dynasim.grading;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.dynasim.lesson.LessonCatalogue;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A small class graded end to end: each submission's results.json in Gradescope's format and its
 * feedback, the class CSV, JSON and score chart; the same submissions graded again give the same
 * bytes; a batch run again resumes, grading only what is new or changed.
 */
class GraderTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Limits LIMITS = new Limits(5_000, 128, 4_096);
    @TempDir
    static Path work;
    private static Grader grader;
    private static List<Path> files;
    private static Grader.Batch first;

    @BeforeAll
    static void gradeAClass() throws IOException {
        Path in = Files.createDirectories(work.resolve("in"));
        files = List.of(write(in, "correct.jsh", "int answer = users.whereIs(\"carol\").partition().id().number();\n"),
                write(in, "wrong.jsh", "int answer = 0;\n"),
                write(in, "broken.jsh", "int answer = users.whereIs(carol).partition();\n"));
        GradedExercise ex = Exercises.of(LessonCatalogue.in(Path.of("lessons")), List.of()).find("which-partition");
        grader = new Grader(ex, LIMITS);
        first = grader.grade(files, work.resolve("out"), 2, r -> { });
        ClassReport.write(grader, first.rows(), work.resolve("out"));
    }

    private static Path write(Path dir, String name, String code) throws IOException {
        return Files.writeString(dir.resolve(name), code);
    }

    @Test
    void resultsJson_isGradescopesFormat_withHiddenChecksShownAfterPublishing() throws IOException {
        JsonNode r = JSON.readTree(work.resolve("out/correct/results.json").toFile());
        assertThat(r.get("score").asDouble()).isEqualTo(3.0);
        assertThat(r.get("max_score").asDouble()).isEqualTo(3.0);
        assertThat(r.get("output").asText()).isEqualTo("Exercise which-partition: the submission ran to the end.");
        assertThat(r.get("tests")).hasSize(2);
        JsonNode visible = r.get("tests").get(0);
        assertThat(visible.get("name").asText()).isEqualTo("answer is the number of the partition that stores carol");
        assertThat(visible.get("score").asDouble()).isEqualTo(2.0);
        assertThat(visible.get("max_score").asDouble()).isEqualTo(2.0);
        assertThat(visible.get("status").asText()).isEqualTo("passed");
        assertThat(visible.get("output").asText()).isEqualTo("correct: partition P5");
        assertThat(visible.get("visibility").asText()).isEqualTo("visible");
        JsonNode hidden = r.get("tests").get(1);
        assertThat(hidden.get("visibility").asText()).isEqualTo("after_published");
        assertThat(hidden.get("status").asText()).isEqualTo("passed");
    }

    @Test
    void feedback_showsVisibleChecks_andTheInstructorsCopyShowsHiddenOnes() throws IOException {
        assertThat(Files.readString(work.resolve("out/wrong/feedback.txt"))).isEqualTo("""
                Exercise which-partition, submission wrong
                Score on the checks shown: 0 / 2 (hidden checks: 1 more point, shown when grades are published)
                Run: ran to the end

                [FAIL] answer is the number of the partition that stores carol (0/2)
                       P0 is not the partition that stores carol. Hint: users.whereIs("carol") shows the token of "carol" and the partition whose range holds it
                (1 more check is hidden until grades are published)
                """);
        assertThat(Files.readString(work.resolve("out/wrong/feedback-instructor.txt"))).contains(
                "[PASS] Users still has the partitions the lesson made (the answer was read, not made) (1/1, hidden)");
        assertThat(Files.readString(work.resolve("out/broken/feedback.txt"))).contains(
                "compile error in `int answer = users.whereIs(carol).partition();`: cannot find symbol");
    }

    @Test
    void classReport_hasARowPerSubmission_theSummary_andTheChart() throws IOException {
        assertThat(Files.readString(work.resolve("out/class.csv"))).isEqualTo("""
                submission,score,max_score,outcome,rightPartition,tableUnchanged
                broken,1,3,FINISHED,0,1
                correct,3,3,FINISHED,2,1
                wrong,1,3,FINISHED,0,1
                """);
        JsonNode summary = JSON.readTree(work.resolve("out/class.json").toFile());
        assertThat(summary.get("submissions").asInt()).isEqualTo(3);
        assertThat(summary.get("mean").asDouble()).isEqualTo(1.667);
        assertThat(summary.get("median").asDouble()).isEqualTo(1.0);
        assertThat(summary.get("lowest").asDouble()).isEqualTo(1.0);
        assertThat(summary.get("highest").asDouble()).isEqualTo(3.0);
        assertThat(summary.get("distribution").toString()).isEqualTo("{\"0\":0,\"1\":2,\"2\":0,\"3\":1}");
        assertThat(summary.get("passedPerCheck").toString()).isEqualTo("[1,3]");
        assertThat(summary.get("outcomes").toString()).isEqualTo("{\"FINISHED\":3}");
        BufferedImage png = ImageIO.read(work.resolve("out/scores.png").toFile());
        assertThat(png.getWidth()).isEqualTo(1280);
        assertThat(png.getHeight()).isEqualTo(720);
    }

    @Test
    void gradingAgain_givesTheSameBytes() throws IOException {
        Path again = work.resolve("again");
        new Grader(grader.exercise(), LIMITS).grade(files, again, 1, r -> { });
        for (String name : List.of("correct", "wrong", "broken")) {
            for (String file : List.of("results.json", "feedback.txt", "grading.json")) {
                assertThat(Files.readString(again.resolve(name).resolve(file))).as("%s/%s", name, file)
                        .isEqualTo(Files.readString(work.resolve("out").resolve(name).resolve(file)));
            }
        }
    }

    @Test
    void aBatchRunAgain_resumes_gradingOnlyWhatIsNewOrChanged() throws IOException {
        Path out = work.resolve("resume");
        Grader.Batch all = grader.grade(files, out, 2, r -> { });
        assertThat(all.gradedNow()).isEqualTo(3);
        Grader.Batch none = grader.grade(files, out, 2, r -> { });
        assertThat(none.gradedNow()).isZero();
        assertThat(none.rows()).isEqualTo(all.rows());
        Files.delete(out.resolve("broken").resolve(Grader.DONE)); // interrupted before it was marked done
        Files.writeString(files.get(1), "int answer = 5;\n");
        Grader.Batch two = grader.grade(files, out, 2, r -> { });
        assertThat(two.gradedNow()).isEqualTo(2);
        assertThat(two.rows().get(1).score()).isEqualTo(3.0);
        Files.writeString(files.get(1), "int answer = 0;\n");
    }

    @Test
    void aLateSubmissionGradedOnItsOwn_joinsTheClassReport_ratherThanReplacingIt() throws IOException {
        Path out = work.resolve("late");
        grader.grade(files, out, 2, r -> { });
        Path late = write(Files.createDirectories(work.resolve("late-in")), "dora.jsh", "int answer = 5;\n");
        Grader.Batch alone = grader.grade(List.of(late), out, 1, r -> { });
        List<ClassRow> everyone = grader.classRows(out, alone.rows());
        assertThat(everyone).extracting(ClassRow::name).containsExactly("broken", "correct", "dora", "wrong");
        assertThat(everyone).extracting(ClassRow::score).containsExactly(1.0, 3.0, 3.0, 1.0);
    }
}
