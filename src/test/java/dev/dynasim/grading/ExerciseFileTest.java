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

/** The exercise file format: every marker read into its field, and each mistake named by file and line. */
class ExerciseFileTest {
    private static final String ALL_MARKERS = """
            // @grade mine
            // @title My own exercise
            // @lesson 2
            // @setup var x = 1;
            // @setup var y = 2;
            // @solution int answer = x + y;
            // @solution answer++;
            // @probe answer: answer
            // @probe sum: x + y
            // @check 2 right: answer is 4
            // @check 1.5 hidden secret: the instructor's own
            // @check 0 untitled:
            CheckResult right(Submission s) {
                return CheckResult.pass("ok");
            }
            """;

    @Test
    void parse_everyMarker_isReadIntoItsField() {
        ExerciseFile.Parsed p = ExerciseFile.parse(ALL_MARKERS, "mine.jsh");
        assertThat(p.id()).isEqualTo("mine");
        assertThat(p.title()).isEqualTo("My own exercise");
        assertThat(p.lesson()).isEqualTo(2);
        assertThat(p.setup()).isEqualTo("var x = 1;\nvar y = 2;");
        assertThat(p.solution()).isEqualTo("int answer = x + y;\nanswer++;");
        assertThat(p.probes()).containsExactly(new Probe("answer", "answer"), new Probe("sum", "x + y"));
        assertThat(p.checks()).containsExactly(new CheckSpec("right", "answer is 4", 2, false), new CheckSpec("secret", "the instructor's own", 1.5, true),
                new CheckSpec("untitled", "untitled", 0, false));
    }

    @Test
    void parse_markerLines_leaveBlankLinesSoChecksKeepTheirLineNumbers() {
        List<String> code = ExerciseFile.parse(ALL_MARKERS, "mine.jsh").checkSource().lines().toList();
        assertThat(code.subList(0, 12)).allMatch(String::isEmpty);
        assertThat(code.get(12)).isEqualTo("CheckResult right(Submission s) {");
    }

    @Test
    void parse_withoutMarkers_hasNoTitleLessonSetupOrSolution() {
        ExerciseFile.Parsed p = ExerciseFile.parse("// @grade bare\n// @check 1 right: it is right\n", "bare.jsh");
        assertThat(p.title()).isEmpty();
        assertThat(p.lesson()).isZero();
        assertThat(p.setup()).isEmpty();
        assertThat(p.solution()).isEmpty();
        assertThat(p.probes()).isEmpty();
    }

    @Test
    void parse_checkWithoutColon_namesFileAndLine() {
        assertThatThrownBy(() -> ExerciseFile.parse("// @grade mine\n// @check 2 right\n", "mine.jsh")).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("mine.jsh, line 2: \"// @check POINTS [hidden] METHOD: what it checks\" needs a colon after the method");
    }

    @Test
    void parse_lessonThatIsNotANumber_namesFileAndLine() {
        assertThatThrownBy(() -> ExerciseFile.parse("// @grade mine\n// @lesson two\n", "mine.jsh")).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("mine.jsh, line 2: \"// @lesson N\" needs a lesson's number, not \"two\"");
    }

    @Test
    void parse_checkWithBadPoints_namesFileAndLine() {
        assertThatThrownBy(() -> ExerciseFile.parse("// @grade mine\n\n// @check two right: answer is 4\n", "mine.jsh"))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("mine.jsh, line 3: a check's points are a number, not \"two\"");
    }

    @Test
    void parse_checkWithNegativePoints_namesFileAndLine() {
        assertThatThrownBy(() -> ExerciseFile.parse("// @grade mine\n// @check -1 right: answer is 4\n", "mine.jsh"))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("mine.jsh, line 2: a check's points are 0 or more, not -1.0");
    }

    @Test
    void parse_checkWithAWordBesideHidden_namesFileAndLine() {
        assertThatThrownBy(() -> ExerciseFile.parse("// @grade mine\n// @check 1 secret right: answer is 4\n", "mine.jsh"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("mine.jsh, line 2: \"// @check POINTS [hidden] METHOD: what it checks\", not \"1 secret right: answer is 4\"");
    }

    @Test
    void parse_probeWithoutColon_namesFileAndLine() {
        assertThatThrownBy(() -> ExerciseFile.parse("// @grade mine\n// @probe answer\n", "mine.jsh")).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("mine.jsh, line 2: \"// @probe NAME: EXPRESSION\" needs a colon after the name");
    }

    @Test
    void parse_unknownMarker_namesFileAndLineAndTheKnownMarkers() {
        assertThatThrownBy(() -> ExerciseFile.parse("// @grade mine\n// @title Mine\n// @hint try harder\n", "mine.jsh"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("mine.jsh, line 3: unknown marker \"// @hint\" (known: grade, title, lesson, setup, solution, probe, check)");
    }

    @Test
    void parse_withoutGrade_pointsAtLineOne() {
        assertThatThrownBy(() -> ExerciseFile.parse("// @check 1 right: answer is 4\n", "mine.jsh")).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("mine.jsh, line 1: an exercise file starts with \"// @grade ID\"");
    }

    @Test
    void parse_withoutChecks_saysWhatACheckLooksLike() {
        assertThatThrownBy(() -> ExerciseFile.parse("// @grade mine\n// @probe answer: answer\n", "mine.jsh")).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("mine.jsh: exercise mine needs at least one \"// @check POINTS METHOD: what it checks\"");
    }

    @Test
    void find_gradeIdDifferentFromFileName_isRefusedNamingTheFile(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("mine.jsh");
        Files.writeString(file, "// @grade yours\n// @check 1 right: it is right\n");
        Exercises exercises = Exercises.of(LessonCatalogue.in(Path.of("lessons")), List.of(dir));
        assertThatThrownBy(() -> exercises.find("mine")).isInstanceOf(IllegalArgumentException.class)
                .hasMessage(file + ": \"// @grade yours\" in a file named for mine");
    }
}
