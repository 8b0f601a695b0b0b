package dev.dynasim.lesson;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
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
    /** The keys this process has set or removed, the only ones it writes. */
    private final Set<String> changed = new TreeSet<>();

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
        set("lesson." + n + ".part", Integer.toString(part));
        save();
    }

    /** Records that lesson {@code n} was finished. */
    public void finished(int n) {
        set("lesson." + n + ".done", "true");
        save();
    }

    /** Records that the student passed exercise {@code id} of lesson {@code n}. */
    public void passed(int n, String id) {
        Set<String> all = new TreeSet<>(passed(n));
        all.add(id);
        set("lesson." + n + ".passed", String.join(",", all));
        save();
    }

    /** Forgets lesson {@code n}'s progress (start it again). */
    public void reset(int n) {
        for (String key : List.of("lesson." + n + ".part", "lesson." + n + ".done", "lesson." + n + ".passed")) {
            values.remove(key);
            changed.add(key);
        }
        save();
    }

    private void set(String key, String value) {
        values.setProperty(key, value);
        changed.add(key);
    }

    private void save() {
        try {
            Files.createDirectories(file.getParent());
            // another lesson open at the same time may have saved since: keep its entries, write only this one's over them
            Properties merged = new Properties();
            if (Files.isRegularFile(file)) {
                try (InputStream in = Files.newInputStream(file)) {
                    merged.load(in);
                } catch (IOException | IllegalArgumentException e) {
                    merged.clear();
                }
            }
            for (String key : changed) {
                if (values.containsKey(key)) merged.setProperty(key, values.getProperty(key));
                else merged.remove(key);
            }
            java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
            merged.store(out, "dynasim lesson progress");
            AtomicFiles.write(file, out.toByteArray());
        } catch (IOException e) {
            System.err.println("note: could not save your progress in " + file + " (" + e.getMessage() + ")");
        }
    }
}
