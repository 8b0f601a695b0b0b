package dev.dynasim.lesson;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * A lesson's JShell session runs code in a separate Java process: values and errors read as JShell
 * shows them, System.exit ends only that process, and an endless loop is stopped.
 */
class JShellSessionTest {
    @Test
    void valuesErrorsAndExceptions_readAsJShellShowsThem() {
        try (JShellSession s = new JShellSession(5_000)) {
            assertThat(s.run("int x = 40 + 2;\nx * 2", false).lines()).containsExactly("x ==> 42", "$1 ==> 84");
            assertThat(s.run("import static dev.dynasim.shell.Shell.*;\nvar t = createTable(\"Music\", partitionKey(\"Artist\", S));\n"
                    + "t.get(key(\"Artist\", 42))", false).lines()).containsExactly(
                    "t ==> Table Music (Artist:S), PAY_PER_REQUEST, 0 items, 0 bytes",
                    "ValidationException: One or more parameter values were invalid: Type mismatch for key");
            assertThat(s.run("int y = \"no\";", false).lines()).containsExactly("Error: incompatible types: java.lang.String cannot be converted to int");
            assertThat(s.run("int twice(int v) { return 2 * v; }", false).lines()).containsExactly("|  created method twice");
            assertThat(s.run("int thrice(int v) { return 3 * v; }", true).lines()).isEmpty();
        }
    }

    @Test
    void systemExit_endsOnlyTheSessionsProcess_andAnEndlessLoopIsStoppedByEndingIt() {
        try (JShellSession s = new JShellSession(2_000)) {
            assertThat(s.run("1 + 1", false).lines()).containsExactly("$1 ==> 2");
            JShellSession.Outcome exit = s.run("System.exit(3)", false);
            assertThat(exit.processEnded()).isTrue();
            assertThat(s.ended()).isTrue();
        }
        try (JShellSession s = new JShellSession(2_000)) {
            JShellSession.Outcome loop = s.run("while (true) { }", false);
            assertThat(loop.stopped()).isTrue();
            assertThat(loop.processEnded()).isTrue();
            assertThat(loop.lines()).containsExactly("Stopped: the code was still running after 2 s (an endless loop?).");
        }
    }
}
