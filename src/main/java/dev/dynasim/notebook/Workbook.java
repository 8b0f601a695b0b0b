package dev.dynasim.notebook;

import dev.dynasim.lesson.JShellSession;
import dev.dynasim.lesson.Lesson;
import dev.dynasim.lesson.LessonCatalogue;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;

/** The workbook: one notebook per lesson, {@code notebooks/NN-slug.ipynb}, generated from {@code lessons/NN-slug.jsh}. */
public final class Workbook {
    private Workbook() {
    }

    /** The notebook file name of a lesson file: the same name with {@code .ipynb}. */
    public static String fileName(Path lessonFile) {
        String name = lessonFile.getFileName().toString();
        return name.substring(0, name.length() - ".jsh".length()) + ".ipynb";
    }

    /** The notebook text of every lesson of {@code catalogue}, by file name, in lesson order (each lesson run in a fresh session). */
    public static List<String[]> generate(LessonCatalogue catalogue) {
        List<String[]> out = new ArrayList<>();
        for (Path file : catalogue.files()) {
            Lesson lesson = catalogue.lesson(Integer.parseInt(file.getFileName().toString().substring(0, 2)));
            try (JShellSession session = new JShellSession(JShellSession.DEFAULT_TIMEOUT_MILLIS)) {
                out.add(new String[] {fileName(file), LessonNotebook.of(lesson, session)});
            }
        }
        return out;
    }

    /** Writes the workbook into {@code dir}, each file atomically (a crash never leaves half a notebook); the files written. */
    public static List<Path> write(LessonCatalogue catalogue, Path dir) {
        List<Path> written = new ArrayList<>();
        try {
            Files.createDirectories(dir);
            for (String[] nb : generate(catalogue)) {
                Path target = dir.resolve(nb[0]);
                Path tmp = dir.resolve("." + nb[0] + ".tmp"); // beside its target, with the usual permissions, then moved over it
                Files.writeString(tmp, nb[1], StandardCharsets.UTF_8);
                Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
                written.add(target);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("could not write the workbook to " + dir + ": " + e.getMessage(), e);
        }
        return written;
    }
}
