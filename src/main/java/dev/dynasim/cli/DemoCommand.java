package dev.dynasim.cli;

import dev.dynasim.shell.Tour;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;

/** {@code dynasim demo}: the narrated tour of the data plane, printed to the terminal. */
@Command(name = "demo", mixinStandardHelpOptions = true,
        description = "A narrated tour: tables, items, reads and writes with the capacity each consumes.")
public final class DemoCommand implements Callable<Integer> {

    @Override
    public Integer call() {
        Tour.run(System.out);
        return 0;
    }
}
