package dev.dynasim.lesson;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * The lessons of the course: the files {@code NN-slug.jsh} of the {@code lessons} directory (the one
 * named by the {@code dynasim.lessons} system property, else the one next to {@code target/} where
 * dynasim was built, else {@code ./lessons}), in number order.
 */
public final class LessonCatalogue {
    private final Path dir;

    private LessonCatalogue(Path dir) {
        this.dir = dir;
    }

    /** The catalogue of the lessons in {@code dir}. */
    public static LessonCatalogue in(Path dir) {
        return new LessonCatalogue(dir);
    }

    /** The catalogue of the course's lessons, found as described above. */
    public static LessonCatalogue course() {
        String given = System.getProperty("dynasim.lessons");
        if (given != null) return in(Path.of(given));
        try {
            Path code = Path.of(LessonCatalogue.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            // target/dynasim.jar or target/classes: the lessons sit next to target/
            Path repo = code.getParent() == null ? null : code.getParent().getParent();
            if (repo != null && Files.isDirectory(repo.resolve("lessons"))) return in(repo.resolve("lessons"));
        } catch (URISyntaxException | SecurityException | NullPointerException e) {
            // fall back on the working directory
        }
        return in(Path.of("lessons"));
    }

    /** The directory the lessons are read from. */
    public Path dir() {
        return dir;
    }

    /** The lesson files, in number order. */
    public List<Path> files() {
        if (!Files.isDirectory(dir)) throw new IllegalArgumentException("no lessons directory at " + dir.toAbsolutePath());
        try (Stream<Path> s = Files.list(dir)) {
            return s.filter(p -> p.getFileName().toString().matches("\\d\\d-.*\\.jsh")).sorted().toList();
        } catch (IOException e) {
            throw new IllegalArgumentException("cannot list the lessons in " + dir + ": " + e.getMessage());
        }
    }

    /** Every lesson, parsed, in number order. */
    public List<Lesson> lessons() {
        List<Lesson> out = new ArrayList<>();
        for (Path f : files()) out.add(read(f));
        return out;
    }

    /** Lesson {@code n}, or an IllegalArgumentException listing the lessons there are. */
    public Lesson lesson(int n) {
        return read(file(n));
    }

    /** The file of lesson {@code n}, or an IllegalArgumentException listing the lessons there are. */
    public Path file(int n) {
        String prefix = String.format("%02d-", n);
        List<Path> files = files();
        for (Path f : files) if (f.getFileName().toString().startsWith(prefix)) return f;
        throw new IllegalArgumentException("there is no lesson " + n + "; the lessons are 1 to " + files.size()
                + " (./dynasim lessons lists them)");
    }

    private static Lesson read(Path f) {
        try {
            return LessonParser.parse(Files.readString(f, StandardCharsets.UTF_8), f.getFileName().toString());
        } catch (IOException e) {
            throw new IllegalArgumentException("cannot read " + f + ": " + e.getMessage());
        }
    }
}
