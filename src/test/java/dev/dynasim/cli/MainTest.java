package dev.dynasim.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dynasim.engine.model.DynamoDbException;
import dev.dynasim.engine.model.ErrorCode;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import org.junit.jupiter.api.Test;

class MainTest {

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int execute(CommandLine commandLine, String... args) {
        commandLine.setOut(new PrintWriter(out, true));
        commandLine.setErr(new PrintWriter(err, true));
        return commandLine.execute(args);
    }

    @Test
    void help_registeredCommands_listsEveryCommandName() {
        int exitCode = execute(Main.commandLine(), "--help");

        List<String> names = new ArrayList<>();
        for (Supplier<Object> subcommand : Main.SUBCOMMANDS) {
            names.add(new CommandLine(subcommand.get()).getCommandName());
        }
        assertThat(exitCode).isZero();
        assertThat(names).contains("version", "help");
        assertThat(out.toString()).contains("Commands:");
        for (String name : names) {
            assertThat(out.toString()).containsPattern("(?m)^  " + name + "\\b");
        }
        assertThat(err.toString()).isEmpty();
    }

    @Test
    void main_noArguments_printsUsageAndExitsZero() {
        int exitCode = execute(Main.commandLine());

        assertThat(exitCode).isZero();
        assertThat(out.toString()).startsWith("Usage: dynasim [-hV] [COMMAND]");
    }

    @Test
    void versionOption_anyBuild_printsDynasimAndProjectVersion() {
        int exitCode = execute(Main.commandLine(), "--version");

        assertThat(exitCode).isZero();
        assertThat(ProjectVersion.current()).matches("\\d+\\.\\d+\\.\\d+(-SNAPSHOT)?");
        assertThat(out.toString()).isEqualTo("dynasim " + ProjectVersion.current() + System.lineSeparator());
    }

    @Test
    void versionCommand_anyBuild_printsDynasimAndJavaVersions() {
        int exitCode = execute(Main.commandLine(), "version");

        assertThat(exitCode).isZero();
        assertThat(out.toString()).startsWith("dynasim " + ProjectVersion.current() + System.lineSeparator()
                + "Java " + System.getProperty("java.version") + " (");
    }

    @Test
    void unknownCommand_anyName_exitsTwoWithMessage() {
        int exitCode = execute(Main.commandLine(), "nosuch");

        assertThat(exitCode).isEqualTo(2);
        assertThat(err.toString()).contains("Unmatched argument at index 0: 'nosuch'");
        assertThat(out.toString()).isEmpty();
    }

    @Test
    void failingCommand_dynamoDbException_printsNameAndMessageWithoutStackTrace() {
        CommandLine commandLine = Main.commandLine(List.of(FailingCommand::new));

        int exitCode = execute(commandLine, "fail");

        assertThat(exitCode).isEqualTo(1);
        assertThat(err.toString()).isEqualTo("Error: ResourceNotFoundException: Requested resource not found"
                + System.lineSeparator());
    }

    @Test
    void describe_exceptionWithoutMessage_isItsSimpleName() {
        assertThat(MessageOnlyErrorHandler.describe(new IllegalStateException())).isEqualTo("IllegalStateException");
    }

    @Test
    void describe_exceptionWithMessage_isTheMessage() {
        assertThat(MessageOnlyErrorHandler.describe(new IllegalArgumentException("no such lesson: 9")))
                .isEqualTo("no such lesson: 9");
    }

    /** A command that fails the way the engine does. */
    @Command(name = "fail")
    static final class FailingCommand implements Runnable {
        @Override
        public void run() {
            throw new DynamoDbException(ErrorCode.ResourceNotFoundException, "Requested resource not found");
        }
    }
}
