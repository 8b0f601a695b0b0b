package dev.dynasim.cli;

import dev.dynasim.lesson.LessonCatalogue;
import dev.dynasim.notebook.Workbook;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code dynasim notebooks}: regenerates the workbook (notebooks/) from the lessons, with every cell's output, or writes the students' copies. */
@Command(name = "notebooks", mixinStandardHelpOptions = true,
        description = "Regenerate the workbook: one Jupyter notebook per lesson, with the outputs of running it, in notebooks/.")
public final class NotebooksCommand implements Callable<Integer> {
    @Option(names = "--out", paramLabel = "DIR", description = "Where to write them (default: the notebooks directory next to lessons/).")
    private Path out;

    @Option(names = "--student", paramLabel = "DIR", description = "Write the students' copies into DIR instead: solutions replaced by"
            + " starter code, hidden checks removed, the exercises' outputs cleared.")
    private Path student;

    @Spec
    private CommandSpec spec;

    @Override
    public Integer call() {
        LessonCatalogue course = LessonCatalogue.course();
        if (out != null && student != null) {
            throw new ParameterException(spec.commandLine(), "--out and --student both say where to write: give one");
        }
        Path workbook = course.dir().toAbsolutePath().getParent().resolve("notebooks");
        if (student != null && (student.toString().isBlank() || student.toAbsolutePath().normalize().equals(workbook.normalize()))) {
            throw new ParameterException(spec.commandLine(), "--student needs a folder of its own, not "
                    + (student.toString().isBlank() ? "an empty path" : "the workbook's (" + workbook + "), which the students' copies would replace"));
        }
        Path dir = student != null ? student : out != null ? out : workbook;
        List<Path> written = Workbook.write(course, dir, student != null);
        PrintWriter w = spec.commandLine().getOut();
        w.println(written.size() + (student != null ? " students' notebooks" : " notebooks") + " written to " + dir);
        w.flush();
        return 0;
    }
}
