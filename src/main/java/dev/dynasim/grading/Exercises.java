package dev.dynasim.grading;

import dev.dynasim.lesson.Lesson;
import dev.dynasim.lesson.LessonCatalogue;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import java.util.stream.Stream;

/**
 * Where graded exercises are found: the course's own ({@code lessons/checks/ID.jsh}, built on the
 * lessons' exercises) and an instructor's folders outside the repository, whose file for an id adds
 * its probes and (hidden) checks to the course's, or defines an exercise of their own.
 */
public final class Exercises {
    /** The imports every exercise's code starts from (the lessons' own set-up has them too). */
    static final String IMPORTS = "import static dev.dynasim.shell.Shell.*;\nimport dev.dynasim.shell.*;";
    private final LessonCatalogue lessons;
    private final List<Path> dirs;

    private Exercises(LessonCatalogue lessons, List<Path> dirs) {
        this.lessons = lessons;
        this.dirs = List.copyOf(dirs);
    }

    /** The course's exercises ({@code checks/} beside the lessons) and then those in {@code instructorDirs}. */
    public static Exercises of(LessonCatalogue lessons, List<Path> instructorDirs) {
        List<Path> dirs = new ArrayList<>();
        dirs.add(lessons.dir().resolve("checks"));
        dirs.addAll(instructorDirs);
        return new Exercises(lessons, dirs);
    }

    /** The ids of every exercise that can be graded, sorted. */
    public List<String> ids() {
        TreeSet<String> ids = new TreeSet<>();
        for (Path dir : dirs) {
            if (!Files.isDirectory(dir)) continue;
            try (Stream<Path> files = Files.list(dir)) {
                files.map(f -> f.getFileName().toString()).filter(n -> n.endsWith(".jsh")).forEach(n -> ids.add(n.substring(0, n.length() - 4)));
            } catch (IOException e) {
                throw new UncheckedIOException("could not list " + dir + ": " + e.getMessage(), e);
            }
        }
        return List.copyOf(ids);
    }

    /** The exercise {@code id}: every folder's file for it, merged in order, with its lesson's context; a clear error when there is none. */
    public GradedExercise find(String id) {
        GradedExercise merged = null;
        for (Path dir : dirs) {
            Path file = dir.resolve(id + ".jsh");
            if (!Files.isRegularFile(file)) continue;
            GradedExercise one = build(read(file));
            merged = merged == null ? one : merged.with(one);
        }
        if (merged == null) {
            throw new IllegalArgumentException("no exercise called \"" + id + "\"; exercises: " + String.join(", ", ids()));
        }
        return merged;
    }

    private ExerciseFile.Parsed read(Path file) {
        try {
            ExerciseFile.Parsed p = ExerciseFile.parse(Files.readString(file, StandardCharsets.UTF_8), file.toString());
            String expected = file.getFileName().toString().replaceFirst("\\.jsh$", "");
            if (!p.id().equals(expected)) throw new IllegalArgumentException(file + ": \"// @grade " + p.id() + "\" in a file named for " + expected);
            return p;
        } catch (IOException e) {
            throw new UncheckedIOException("could not read " + file + ": " + e.getMessage(), e);
        }
    }

    /** The exercise a file describes, with the code of its lesson up to the exercise as its context. */
    private GradedExercise build(ExerciseFile.Parsed p) {
        List<String> context = new ArrayList<>();
        String solution = p.solution();
        Lesson.Exercise inLesson = null;
        for (Lesson lesson : lessons.lessons()) {
            if (p.lesson() != 0 && lesson.number() != p.lesson()) continue;
            List<String> before = new ArrayList<>();
            before.add(lesson.setup());
            for (Lesson.Part part : lesson.parts()) {
                if (part instanceof Lesson.Exercise e && e.id().equals(p.id())) {
                    inLesson = e;
                    before.add(e.code()); // the lesson's own check, which a notebook's answer cell may call
                    break;
                }
                if (part instanceof Lesson.Step s) before.add(s.code());
                if (part instanceof Lesson.Exercise e) {
                    before.add(e.code());
                    before.add(e.solution()); // the lesson goes on from the reference answer, as its transcript does
                }
            }
            if (inLesson != null) {
                context.addAll(before);
                if (solution.isEmpty()) solution = inLesson.solution();
                break;
            }
        }
        if (inLesson == null && p.lesson() != 0) {
            throw new IllegalArgumentException("exercise " + p.id() + " names lesson " + p.lesson() + ", which has no exercise " + p.id());
        }
        if (inLesson == null) context.add(IMPORTS);
        if (!p.setup().isEmpty()) context.add(p.setup());
        context.removeIf(String::isBlank);
        String title = p.title().isEmpty() ? p.id() : p.title();
        return new GradedExercise(p.id(), title, context, solution, p.probes(), p.checks(), p.checkSource());
    }
}
