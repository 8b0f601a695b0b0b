package dev.dynasim.cli;

import dev.dynasim.grading.ClassReport;
import dev.dynasim.grading.ClassRow;
import dev.dynasim.grading.Exercises;
import dev.dynasim.grading.Feedback;
import dev.dynasim.grading.GradedExercise;
import dev.dynasim.grading.Grader;
import dev.dynasim.grading.Limits;
import dev.dynasim.grading.RunOutcome;
import dev.dynasim.grading.SandboxSupport;
import dev.dynasim.lesson.LessonCatalogue;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code dynasim grade}: grades a class's submissions of an exercise, each in its own sandboxed Java process. */
@Command(name = "grade", mixinStandardHelpOptions = true,
        description = "Grade submissions (.jsh files or filled-in notebooks, or folders of them) of an exercise, each in its own"
                + " sandboxed Java process, into DIR: per submission results.json (Gradescope's format) and feedback.txt; for the"
                + " class class.csv, class.json and scores.png. Run again to resume an interrupted batch.")
public final class GradeCommand implements Callable<Integer> {
    @Option(names = "--exercise", paramLabel = "ID", description = "The exercise to grade (--list shows them).")
    private String exercise;

    @Option(names = "--out", paramLabel = "DIR", description = "Where the results go.")
    private Path out;

    @Option(names = "--exercises", paramLabel = "DIR", description = "An instructor's folder of exercises and hidden checks (ID.jsh), outside the repository; may be repeated.")
    private List<Path> instructorDirs = new ArrayList<>();

    /** One submission per core: with its process, each keeps about one core busy (GradingBenchmark: 4 at a time on 2 cores gains nothing). */
    @Option(names = "--jobs", paramLabel = "N", description = "Submissions graded at once (default: the number of cores, ${DEFAULT-VALUE}).")
    private int jobs = Runtime.getRuntime().availableProcessors();

    @Option(names = "--time-limit", paramLabel = "SECONDS", description = "Wall-clock time a submission's own code may take (default: ${DEFAULT-VALUE}).")
    private int seconds = (int) (Limits.DEFAULT.timeMillis() / 1000);

    @Option(names = "--memory", paramLabel = "MB", description = "Heap of a submission's process (default: ${DEFAULT-VALUE}).")
    private int memory = Limits.DEFAULT.heapMegabytes();

    @Option(names = "--list", description = "List the exercises that can be graded and stop.")
    private boolean list;

    @Parameters(paramLabel = "SUBMISSIONS", arity = "0..*", description = "Submission files, or folders of them.")
    private List<Path> submissions = new ArrayList<>();

    @Spec
    private CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        PrintWriter w = spec.commandLine().getOut();
        Exercises catalogue = Exercises.of(LessonCatalogue.course(), instructorDirs);
        if (list) {
            catalogue.ids().forEach(w::println);
            w.flush();
            return 0;
        }
        if (exercise == null) throw new ParameterException(spec.commandLine(), "Missing --exercise ID (--list shows the exercises)");
        if (out == null) throw new ParameterException(spec.commandLine(), "Missing --out DIR");
        if (jobs < 1) throw new ParameterException(spec.commandLine(), "--jobs is at least 1");
        List<Path> files = files();
        if (files.isEmpty()) throw new ParameterException(spec.commandLine(), "No submissions given (.jsh or .ipynb files, or folders of them)");
        SandboxSupport.require();
        Limits limits;
        GradedExercise ex;
        try {
            limits = new Limits(seconds * 1000L, memory, Limits.DEFAULT.outputBytes());
            ex = catalogue.find(exercise);
        } catch (IllegalArgumentException e) {
            throw new ParameterException(spec.commandLine(), e.getMessage());
        }
        Grader grader = new Grader(ex, limits);
        AtomicInteger done = new AtomicInteger();
        w.println("Grading " + files.size() + " submission(s) of " + ex.id() + " (" + Feedback.points(ex.maxScore()) + " points), "
                + Math.min(jobs, files.size()) + " at a time, into " + out);
        w.flush();
        Grader.Batch batch = grader.grade(files, out, jobs, row -> {
            synchronized (w) {
                w.printf("[%d/%d] %s: %s/%s (%s)%n", done.incrementAndGet(), files.size(), row.name(), Feedback.points(row.score()),
                        Feedback.points(row.maxScore()), row.outcome().name().toLowerCase(java.util.Locale.ROOT).replace('_', ' '));
                w.flush();
            }
        });
        List<ClassRow> everyone = grader.classRows(out, batch.rows());
        ClassReport.write(grader, everyone, out);
        int resumed = files.size() - batch.gradedNow();
        w.println("Done: " + batch.gradedNow() + " graded" + (resumed > 0 ? ", " + resumed + " already graded (kept)" : "")
                + "; class report (" + everyone.size() + " submissions) in " + out.resolve("class.csv") + ", class.json and scores.png");
        long broken = batch.rows().stream().filter(r -> r.outcome() == RunOutcome.GRADER_ERROR).count();
        if (broken > 0) w.println("Warning: the exercise itself failed for " + broken + " submission(s): see their feedback-instructor.txt");
        w.flush();
        return broken > 0 ? 2 : 0;
    }

    private List<Path> files() {
        List<Path> files = new ArrayList<>();
        for (Path p : submissions) {
            if (Files.isDirectory(p)) {
                try (Stream<Path> s = Files.list(p)) {
                    s.filter(f -> f.toString().endsWith(".jsh") || f.toString().endsWith(".ipynb")).sorted().forEach(files::add);
                } catch (IOException e) {
                    throw new UncheckedIOException("could not list " + p + ": " + e.getMessage(), e);
                }
            } else if (Files.isRegularFile(p)) {
                files.add(p);
            } else {
                throw new ParameterException(spec.commandLine(), "No such submission: " + p);
            }
        }
        return files;
    }
}
