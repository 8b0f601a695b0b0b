package dev.dynasim.cli;

import dev.dynasim.lesson.Lesson;
import dev.dynasim.lesson.LessonCatalogue;
import dev.dynasim.lesson.Progress;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code dynasim lessons}: the course's lessons with each one's status for this student. */
@Command(name = "lessons", mixinStandardHelpOptions = true, description = "List the course's lessons and how far you are in each.")
public final class LessonsCommand implements Callable<Integer> {
    @Spec
    private CommandSpec spec;

    @Override
    public Integer call() {
        Progress progress = Progress.ofUser();
        PrintWriter out = spec.commandLine().getOut();
        for (Lesson l : LessonCatalogue.course().lessons()) {
            out.printf("%2d  %-55s %3d min  %s%n", l.number(), l.title(), l.minutes(), status(l, progress));
        }
        out.println("./dynasim lesson N opens one; you come back where you left it.");
        out.flush();
        return 0;
    }

    /** A lesson's status in words: not started, the part reached, or done, with the exercises passed. */
    static String status(Lesson l, Progress progress) {
        int n = l.number();
        long passed = l.exercises().stream().filter(e -> progress.passed(n).contains(e.id())).count();
        String exercises = passed + "/" + l.exercises().size() + " exercises";
        if (progress.done(n)) return "done, " + exercises;
        if (progress.part(n) > 0) return "at part " + (progress.part(n) + 1) + " of " + l.parts().size() + ", " + exercises;
        return "not started";
    }
}
