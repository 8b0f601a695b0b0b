package dev.dynasim.cli;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.dynasim.lesson.AtomicFiles;
import dev.dynasim.notebook.NotebookException;
import dev.dynasim.notebook.NotebookFile;
import dev.dynasim.notebook.NotebookRunner;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code dynasim notebook run FILE...}: runs each notebook's code cells in JShell and writes their outputs back into it. */
@Command(name = "run", mixinStandardHelpOptions = true,
        description = {"Run a Jupyter notebook's Java code cells in order (in a separate Java process, through JShell) and write"
                + " their outputs back into the file: prints and values as text, errors as Jupyter errors, charts as images.",
                "Every file is checked first; one that is not an nbformat 4 notebook is an error and no file is changed."})
public final class NotebookRunCommand implements Callable<Integer> {
    @Parameters(paramLabel = "FILE", arity = "1..*", description = "The notebooks (.ipynb) to run.")
    private List<Path> files;

    @Option(names = "--timeout", paramLabel = "SECONDS", defaultValue = "20",
            description = "How long one snippet may run before it is stopped (default: ${DEFAULT-VALUE}).")
    private int timeoutSeconds;

    @Spec
    private CommandSpec spec;

    @Override
    public Integer call() {
        if (timeoutSeconds < 1) throw new ParameterException(spec.commandLine(), "--timeout must be at least 1 second");
        List<ObjectNode> notebooks = new ArrayList<>();
        for (Path f : files) notebooks.add(NotebookFile.read(f));
        for (Path f : files) { // said before any cell runs, not after
            if (AtomicFiles.readOnly(f)) throw new NotebookException(f + " is read-only: its outputs could not be written back");
        }
        PrintWriter w = spec.commandLine().getOut();
        for (int i = 0; i < files.size(); i++) {
            Path file = files.get(i);
            Path folder = file.toAbsolutePath().getParent();
            NotebookRunner.Summary s = NotebookRunner.run(notebooks.get(i), folder, timeoutSeconds * 1000L);
            NotebookFile.write(file, NotebookFile.format(notebooks.get(i)));
            w.println(file + ": " + s.cellsRun() + (s.cellsRun() == 1 ? " code cell" : " code cells") + " run, "
                    + s.cellsWithErrors() + " with errors" + (s.restarts() > 0 ? ", Java process restarted " + s.restarts() + (s.restarts() == 1 ? " time" : " times") : ""));
            w.flush();
        }
        return 0;
    }
}
