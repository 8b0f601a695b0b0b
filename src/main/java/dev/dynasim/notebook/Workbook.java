package dev.dynasim.notebook;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.dynasim.lesson.JShellSession;
import dev.dynasim.lesson.Lesson;
import dev.dynasim.lesson.LessonCatalogue;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The workbook: one notebook per lesson, {@code notebooks/NN-slug.ipynb}, generated from
 * {@code lessons/NN-slug.jsh} and run by the {@link NotebookRunner} (as {@code ./dynasim notebook run}
 * runs a notebook), so that it holds every cell's outputs and charts; and its students' copies.
 */
public final class Workbook {
    private Workbook() {
    }

    /** One lesson's notebook: its file name, its lesson, and the notebook with its outputs. */
    public record Notebook(String fileName, Lesson lesson, ObjectNode json) {
        /** The notebook as file text. */
        public String text() {
            return NotebookFile.format(json);
        }

        /** The student's copy of the notebook ({@link StudentCopy}), as file text. */
        public String studentText() {
            Map<String, String> starters = new LinkedHashMap<>();
            for (Lesson.Exercise e : lesson.exercises()) starters.put(e.id(), e.starter());
            return NotebookFile.format(StudentCopy.of(json, starters, fileName));
        }
    }

    /** The notebook file name of a lesson file: the same name with {@code .ipynb}. */
    public static String fileName(Path lessonFile) {
        String name = lessonFile.getFileName().toString();
        return name.substring(0, name.length() - ".jsh".length()) + ".ipynb";
    }

    /** The notebooks of every lesson of {@code catalogue}, in lesson order, each run in fresh sessions as if it were in {@code dir}. */
    public static List<Notebook> generate(LessonCatalogue catalogue, Path dir) {
        List<Notebook> out = new ArrayList<>();
        for (Path file : catalogue.files()) {
            Lesson lesson = catalogue.lesson(Integer.parseInt(file.getFileName().toString().substring(0, 2)));
            ObjectNode json = LessonNotebook.of(lesson, file.getFileName().toString());
            NotebookRunner.run(json, dir, JShellSession.DEFAULT_TIMEOUT_MILLIS);
            out.add(new Notebook(fileName(file), lesson, json));
        }
        return out;
    }

    /** Writes the workbook into {@code dir} (or, {@code student}, the students' copies), each file atomically; the files written. */
    public static List<Path> write(LessonCatalogue catalogue, Path dir, boolean student) {
        List<Path> written = new ArrayList<>();
        for (Notebook nb : generate(catalogue, dir)) {
            Path target = dir.resolve(nb.fileName());
            NotebookFile.write(target, student ? nb.studentText() : nb.text());
            written.add(target);
        }
        return written;
    }
}
