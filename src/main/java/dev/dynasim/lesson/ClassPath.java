package dev.dynasim.lesson;

import java.io.File;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

/**
 * This JVM's class path with every entry made absolute, for a child Java process that starts in
 * another folder (a lesson's display folder, a submission's own folder): {@code java -jar
 * target/dynasim.jar} gives a relative entry, which the child would look for in the wrong place.
 */
public final class ClassPath {
    private ClassPath() {
    }

    /** The entries of {@code java.class.path}, each absolute. */
    public static List<String> entries() {
        return Arrays.stream(System.getProperty("java.class.path", "").split(File.pathSeparator)).filter(e -> !e.isBlank())
                .map(e -> Path.of(e).toAbsolutePath().normalize().toString()).toList();
    }

    /** The entries, joined as a {@code -cp} option's value. */
    public static String joined() {
        return String.join(File.pathSeparator, entries());
    }
}
