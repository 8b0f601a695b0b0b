package dev.dynasim.cli;

import dev.dynasim.grading.Exercises;
import dev.dynasim.grading.GradedPractice;
import dev.dynasim.lesson.JShellSession;
import dev.dynasim.lesson.Lesson;
import dev.dynasim.lesson.LessonCatalogue;
import dev.dynasim.lesson.LessonRunner;
import dev.dynasim.lesson.Progress;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code dynasim lesson N}: a guided lesson in JShell, step by step; straight through as a transcript without a terminal. */
@Command(name = "lesson", mixinStandardHelpOptions = true,
        description = "Open lesson N of the course: narration step by step, each step's code run when you ask, your own Java at any"
                + " point, exercises you check with :check. Without a terminal (or with --no-pause) it runs straight through and"
                + " prints the transcript.")
public final class LessonCommand implements Callable<Integer> {
    @Parameters(paramLabel = "N", defaultValue = "1", description = "The lesson's number (default: 1; ./dynasim lessons lists them).")
    private int number;

    @Option(names = "--no-pause", description = "Run straight through and print the transcript (also when there is no terminal).")
    private boolean noPause;

    @Option(names = "--restart", description = "Start the lesson again from its first step.")
    private boolean restart;

    @Spec
    private CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        LessonCatalogue course = LessonCatalogue.course();
        Lesson lesson = course.lesson(number);
        PrintWriter out = spec.commandLine().getOut();
        LessonRunner runner = new LessonRunner(lesson, out, () -> new JShellSession(JShellSession.DEFAULT_TIMEOUT_MILLIS),
                new GradedPractice(Exercises.of(course, List.of())));
        try {
            if (noPause || System.console() == null) {
                int failures = runner.transcript();
                out.flush();
                return failures == 0 ? 0 : 1;
            }
            Progress progress = Progress.ofUser();
            if (restart) progress.reset(number);
            runner.interactive(new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8)), progress);
            return 0;
        } finally {
            runner.close();
            out.flush();
        }
    }
}
