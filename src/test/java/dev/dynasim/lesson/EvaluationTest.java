package dev.dynasim.lesson;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A session's evaluation tells apart what code printed, its values and its errors (each named as a
 * notebook's error is), gives the same lines as the lesson's outcome, and, in a session with displays,
 * answers each chart the code drew right after the snippet that drew it.
 */
class EvaluationTest {
    private static final byte[] PNG_SIGNATURE = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'};

    @Test
    void evaluate_printsValuesAndErrors_areSeparatePiecesNamedAsJupyterErrors() {
        try (JShellSession s = new JShellSession(5_000)) {
            Evaluation e = s.evaluate("System.out.println(\"hi\");\nint x = 40 + 2;\nint y = \"no\";\n1 / 0\n"
                    + "import static dev.dynasim.shell.Shell.*;\nvar t = createTable(\"Music\", partitionKey(\"Artist\", S));\n"
                    + "t.get(key(\"Artist\", 42))\nint twice(int v) { return 2 * v; }\nundefined + 1", true);
            assertThat(e.shown()).containsExactly(
                    new Evaluation.Printed(List.of("hi")),
                    new Evaluation.Value("x ==> 42"),
                    new Evaluation.Failure(Evaluation.COMPILATION_ERROR, "incompatible types: java.lang.String cannot be converted to int",
                            List.of("Error: incompatible types: java.lang.String cannot be converted to int")),
                    new Evaluation.Failure("ArithmeticException", "/ by zero", List.of("Exception ArithmeticException: / by zero")),
                    new Evaluation.Value("t ==> Table Music (Artist:S), PAY_PER_REQUEST, 0 items, 0 bytes"),
                    new Evaluation.Failure("ValidationException", "One or more parameter values were invalid: Type mismatch for key",
                            List.of("ValidationException: One or more parameter values were invalid: Type mismatch for key")),
                    new Evaluation.Failure(Evaluation.COMPILATION_ERROR, "cannot find symbol (symbol:   variable undefined)",
                            List.of("Error: cannot find symbol (symbol:   variable undefined)")));
            assertThat(e.failed()).isTrue();
            assertThat(e.outcome().lines()).containsExactly("hi", "x ==> 42", "Error: incompatible types: java.lang.String cannot be converted to int",
                    "Exception ArithmeticException: / by zero", "t ==> Table Music (Artist:S), PAY_PER_REQUEST, 0 items, 0 bytes",
                    "ValidationException: One or more parameter values were invalid: Type mismatch for key",
                    "Error: cannot find symbol (symbol:   variable undefined)");
            assertThat(s.evaluate("x + 1", true).failed()).isFalse();
        }
    }

    @Test
    void evaluate_systemExit_isAProcessEndedError() {
        try (JShellSession s = new JShellSession(5_000)) {
            Evaluation e = s.evaluate("System.exit(3)", true);
            assertThat(e.processEnded()).isTrue();
            assertThat(e.stopped()).isFalse();
            assertThat(e.shown()).containsExactly(new Evaluation.Failure(Evaluation.PROCESS_ENDED_ERROR,
                    "The Java process running the code ended (System.exit or a crash).",
                    List.of("The Java process running the code ended (System.exit or a crash).")));
        }
    }

    @Test
    void evaluate_endlessLoop_isATimeoutError() {
        try (JShellSession s = new JShellSession(1_000)) {
            Evaluation e = s.evaluate("while (true) { }", true);
            assertThat(e.stopped()).isTrue();
            assertThat(e.shown()).containsExactly(new Evaluation.Failure(Evaluation.TIMEOUT_ERROR,
                    "the code was still running after 1 s (an endless loop?).",
                    List.of("Stopped: the code was still running after 1 s (an endless loop?).")));
        }
    }

    @Test
    void sessionWithDisplays_chartDrawn_isDisplayedAfterItsSnippetWithItsCaption() throws Exception {
        String code = "import static dev.dynasim.shell.Shell.*;\nreset(1);\nvar t = createTable(\"Tiny\", 1, 1, partitionKey(\"Id\", S));\n"
                + "t.put(item(\"Id\", \"a\"));\ntry { t.put(item(\"Id\", \"b\")); } catch (RuntimeException e) { }\nstep();\n"
                + "chart(\"throttling\")\n1 + 1";
        try (JShellSession s = JShellSession.withDisplays(20_000)) {
            List<Evaluation.Shown> shown = s.evaluate(code, true).shown();
            List<String> kinds = shown.stream().map(p -> p.getClass().getSimpleName()).toList();
            assertThat(kinds.subList(kinds.size() - 3, kinds.size())).containsExactly("Value", "Display", "Value");
            String saved = ((Evaluation.Value) shown.get(shown.size() - 3)).line();
            Evaluation.Display display = (Evaluation.Display) shown.get(shown.size() - 2);
            assertThat(saved).startsWith("$").contains(" ==> Saved target/charts/shell-throttling.png\n")
                    .endsWith("\n" + display.text());
            assertThat(display.text()).startsWith("Of ").contains("throttled");
            assertThat(Arrays.copyOf(display.png(), 8)).isEqualTo(PNG_SIGNATURE);
            assertThat(display.png()).isEqualTo(Files.readAllBytes(Path.of("target/charts/shell-throttling.png")));
            assertThat(s.evaluate("chart(\"throttling\")", true).shown()).hasSize(2); // displayed again: a new copy, not the old one
        }
        try (JShellSession plain = new JShellSession(20_000)) {
            assertThat(plain.evaluate(code, true).shown()).noneMatch(Evaluation.Display.class::isInstance);
        }
    }
}
