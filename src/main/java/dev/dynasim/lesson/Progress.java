package dev.dynasim.lesson;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;

/**
 * A student's progress through the lessons, remembered between sessions in a small properties file
 * ({@code ~/.dynasim/progress.properties}, or under the directory in the {@code dynasim.home} system
 * property): for each lesson the part reached, whether it was finished, and the exercises passed.
 * Written atomically, so an interrupted session never leaves a half-written file.
 */
public final class Progress {
    private final Path file;
    private final Properties values = new Properties();

    private Progress(Path file) {
        this.file = file;
    }

    /** The progress kept in {@code dir}/progress.properties (empty when there is none yet, or it cannot be read). */
    public static Progress in(Path dir) {
        Progress p = new Progress(dir.resolve("progress.properties"));
        if (Files.isRegularFile(p.file)) {
            try (InputStream in = Files.newInputStream(p.file)) {
                p.values.load(in);
            } catch (IOException | IllegalArgumentException e) {
                p.values.clear(); // unreadable progress starts afresh rather than stopping the lesson
            }
        }
        return p;
    }

    /** The student's progress in the default place. */
    public static Progress ofUser() {
        String home = System.getProperty("dynasim.home");
        return in(home != null ? Path.of(home) : Path.of(System.getProperty("user.home"), ".dynasim"));
    }

    /** The index of the part of lesson {@code n} the student reached (0: not started). */
    public int part(int n) {
        try {
            return Integer.parseInt(values.getProperty("lesson." + n + ".part", "0"));
        } catch (NumberFormatException e) {
            return 0;
        }
    }

    /** Whether lesson {@code n} was finished. */
    public boolean done(int n) {
        return Boolean.parseBoolean(values.getProperty("lesson." + n + ".done", "false"));
    }

    /** The exercises of lesson {@code n} passed, in name order. */
    public Set<String> passed(int n) {
        String list = values.getProperty("lesson." + n + ".passed", "");
        return list.isBlank() ? Set.of() : new TreeSet<>(Arrays.asList(list.split(",")));
    }

    /** Records the part reached in lesson {@code n}. */
    public void reached(int n, int part) {
        values.setProperty("lesson." + n + ".part", Integer.toString(part));
        save();
    }

    /** Records that lesson {@code n} was finished. */
    public void finished(int n) {
        values.setProperty("lesson." + n + ".done", "true");
        save();
    }

    /** Records that the student passed exercise {@code id} of lesson {@code n}. */
    public void passed(int n, String id) {
        Set<String> all = new LinkedHashSet<>(passed(n));
        all.add(id);
        values.setProperty("lesson." + n + ".passed", String.join(",", new TreeSet<>(all)));
        save();
    }

    /** Forgets lesson {@code n}'s progress (start it again). */
    public void reset(int n) {
        values.remove("lesson." + n + ".part");
        values.remove("lesson." + n + ".done");
        values.remove("lesson." + n + ".passed");
        save();
    }

    private void save() {
        try {
            Files.createDirectories(file.getParent());
            Path tmp = Files.createTempFile(file.getParent(), "progress", ".tmp");
            try (OutputStream out = Files.newOutputStream(tmp)) {
                values.store(out, "dynasim lesson progress");
            }
            Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            System.err.println("note: could not save your progress in " + file + " (" + e.getMessage() + ")");
        }
    }
}
