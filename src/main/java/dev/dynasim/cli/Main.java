package dev.dynasim.cli;

import java.util.List;
import java.util.function.Supplier;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** The root command {@code dynasim}: lists the subcommands and dispatches to them. */
@Command(name = "dynasim",
        mixinStandardHelpOptions = true,
        versionProvider = ProjectVersion.class,
        description = "An educational simulator and workbook of Amazon DynamoDB.",
        synopsisSubcommandLabel = "[COMMAND]",
        commandListHeading = "%nCommands:%n",
        footer = {"", "Run 'dynasim COMMAND --help' for the options of a command."})
public final class Main implements Runnable {

    /** Every subcommand of {@code dynasim}, in the order the help lists them; add a command with one line. */
    public static final List<Supplier<Object>> SUBCOMMANDS = List.of(
            LessonCommand::new,
            LessonsCommand::new,
            NotebooksCommand::new,
            NotebookCommand::new,
            DemoCommand::new,
            ApiCommand::new,
            SimulateCommand::new,
            BillCommand::new,
            ChartsCommand::new,
            GradeCommand::new,
            VersionCommand::new,
            CommandLine.HelpCommand::new);

    @Spec
    private CommandSpec spec;

    /** Runs the command line and exits the JVM with its exit code. */
    public static void main(String[] args) {
        System.exit(commandLine().execute(args));
    }

    /** The configured command line with every command of {@link #SUBCOMMANDS}. */
    public static CommandLine commandLine() {
        return commandLine(SUBCOMMANDS);
    }

    /** The configured command line with the given subcommands (tests add their own). */
    static CommandLine commandLine(List<Supplier<Object>> subcommands) {
        CommandLine commandLine = new CommandLine(new Main());
        for (Supplier<Object> subcommand : subcommands) {
            commandLine.addSubcommand(subcommand.get());
        }
        commandLine.setExecutionExceptionHandler(new MessageOnlyErrorHandler());
        return commandLine;
    }

    /** Without a subcommand, prints the usage with the list of commands. */
    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }
}
