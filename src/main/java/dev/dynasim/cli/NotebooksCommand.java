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
import picocli.CommandLine.Spec;

/** {@code dynasim notebooks}: regenerates the workbook (notebooks/) from the lessons, with every cell's output. */
@Command(name = "notebooks", mixinStandardHelpOptions = true,
        description = "Regenerate the workbook: one Jupyter notebook per lesson, with the outputs of running it, in notebooks/.")
public final class NotebooksCommand implements Callable<Integer> {
    @Option(names = "--out", paramLabel = "DIR", description = "Where to write them (default: the notebooks directory next to lessons/).")
    private Path out;

    @Spec
    private CommandSpec spec;

    @Override
    public Integer call() {
        LessonCatalogue course = LessonCatalogue.course();
        Path dir = out != null ? out : course.dir().toAbsolutePath().getParent().resolve("notebooks");
        List<Path> written = Workbook.write(course, dir);
        PrintWriter w = spec.commandLine().getOut();
        w.println(written.size() + " notebooks written to " + dir);
        w.flush();
        return 0;
    }
}
