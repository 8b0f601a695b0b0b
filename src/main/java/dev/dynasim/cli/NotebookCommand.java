package dev.dynasim.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code dynasim notebook}: commands on one notebook ({@code run}, {@code student}). */
@Command(name = "notebook", mixinStandardHelpOptions = true, subcommands = {NotebookRunCommand.class, NotebookStudentCommand.class},
        synopsisSubcommandLabel = "COMMAND", description = "Work with a Jupyter notebook: 'dynasim notebook run FILE.ipynb' runs it; 'dynasim notebook student IN OUT' writes"
                + " its students' copy.")
public final class NotebookCommand implements Runnable {
    @Spec
    private CommandSpec spec;

    /** Without a subcommand, prints the usage. */
    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }
}
