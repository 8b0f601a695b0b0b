package dev.dynasim.cli;

import dev.dynasim.notebook.NotebookFile;
import dev.dynasim.notebook.StudentCopy;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code dynasim notebook student IN OUT}: the students' copy of any notebook, such as an instructor's own. */
@Command(name = "student", mixinStandardHelpOptions = true,
        description = "Write the students' copy of a notebook: each region between '// BEGIN SOLUTION' and '// END SOLUTION' replaced by"
                + " '// YOUR CODE HERE', regions between '// BEGIN HIDDEN CHECKS' and '// END HIDDEN CHECKS' and cells whose metadata has"
                + " dynasim.role = hidden-check removed, and the outputs of changed and exercise cells cleared.")
public final class NotebookStudentCommand implements Callable<Integer> {
    @Parameters(index = "0", paramLabel = "IN", description = "The instructor's notebook (left as it is).")
    private Path in;

    @Parameters(index = "1", paramLabel = "OUT", description = "Where the students' copy goes.")
    private Path out;

    @Spec
    private CommandSpec spec;

    @Override
    public Integer call() {
        if (in.toAbsolutePath().normalize().equals(out.toAbsolutePath().normalize())) {
            throw new ParameterException(spec.commandLine(), "IN and OUT are the same file: the students' copy would replace the instructor's notebook");
        }
        NotebookFile.write(out, NotebookFile.format(StudentCopy.of(NotebookFile.read(in), Map.of(), in.toString())));
        PrintWriter w = spec.commandLine().getOut();
        w.println("students' copy of " + in + " written to " + out);
        w.flush();
        return 0;
    }
}
