package dev.dynasim.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code dynasim version}: prints the dynasim version and the Java runtime it runs on. */
@Command(name = "version",
        mixinStandardHelpOptions = true,
        description = "Print the dynasim version and the Java runtime.")
public final class VersionCommand implements Runnable {

    @Spec
    private CommandSpec spec;

    /** Prints two lines: dynasim's version and Java's. */
    @Override
    public void run() {
        spec.commandLine().getOut().printf("dynasim %s%nJava %s (%s)%n",
                ProjectVersion.current(),
                System.getProperty("java.version"),
                System.getProperty("java.vendor"));
        spec.commandLine().getOut().flush();
    }
}
