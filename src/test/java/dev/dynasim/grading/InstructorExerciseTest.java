package dev.dynasim.grading;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.dynasim.lesson.LessonCatalogue;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** An instructor's own exercise, kept outside the repository: found by id, set up by its own code, graded by its own (hidden) checks. */
class InstructorExerciseTest {
    private static final String ORDERS = """
            // @grade orders-table
            // @title Create an on-demand table called Orders
            // @setup reset(42);
            // @solution createTable("Orders", partitionKey("OrderId", S));

            // @check 2 ordersExists: there is a table called Orders
            CheckResult ordersExists(Submission s) {
                return s.hasTable("Orders") ? CheckResult.pass("Orders exists") : CheckResult.fail("there is no table called Orders");
            }

            // @check 1 hidden onDemand: Orders is on demand
            CheckResult onDemand(Submission s) {
                return CheckResult.that(s.table("Orders").onDemand(), "PAY_PER_REQUEST", s.table("Orders").billingMode(), "give it no capacity");
            }
            """;

    @Test
    void anInstructorsOwnExercise_isListedAndGradedByItsChecks(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("orders-table.jsh"), ORDERS);
        Exercises exercises = Exercises.of(LessonCatalogue.in(Path.of("lessons")), List.of(dir));
        assertThat(exercises.ids()).contains("orders-table", "which-partition");
        GradedExercise ex = exercises.find("orders-table");
        assertThat(ex.title()).isEqualTo("Create an on-demand table called Orders");
        assertThat(ex.context()).containsExactly(Exercises.IMPORTS, "reset(42);");
        Grader grader = new Grader(ex, new Limits(5_000, 128, 4_096));
        Path right = Files.writeString(dir.resolve("right.jsh"), ex.solution() + "\n");
        Path provisioned = Files.writeString(dir.resolve("provisioned.jsh"), "createTable(\"Orders\", 5, 5, partitionKey(\"OrderId\", S));\n");
        assertThat(grader.gradeOne("right", SubmissionFile.read(right, ex.id())).score()).isEqualTo(3.0);
        GradedSubmission p = grader.gradeOne("provisioned", SubmissionFile.read(provisioned, ex.id()));
        assertThat(p.score()).isEqualTo(2.0);
        assertThat(p.checks().get(1).result().feedback())
                .isEqualTo("expected PAY_PER_REQUEST, found PROVISIONED. Hint: give it no capacity");
    }

    @Test
    void checksThatDoNotCompile_areAClearErrorNamingTheLine(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("orders-table.jsh"), ORDERS.replace("s.hasTable(\"Orders\")", "s.hasTabel(\"Orders\")"));
        GradedExercise ex = Exercises.of(LessonCatalogue.in(Path.of("lessons")), List.of(dir)).find("orders-table");
        assertThatThrownBy(() -> Checker.of(ex)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("the checks of exercise orders-table do not compile: line 8: cannot find symbol");
    }

    @Test
    void aCheckWithoutItsMethod_isAClearError(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("orders-table.jsh"), ORDERS.replace("CheckResult onDemand(Submission s)", "CheckResult other(Submission s)"));
        GradedExercise ex = Exercises.of(LessonCatalogue.in(Path.of("lessons")), List.of(dir)).find("orders-table");
        assertThatThrownBy(() -> Checker.of(ex)).hasMessage("exercise orders-table: check onDemand needs a method \"CheckResult onDemand(Submission s)\"");
    }
}
