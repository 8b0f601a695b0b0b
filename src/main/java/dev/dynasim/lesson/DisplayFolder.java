package dev.dynasim.lesson;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * A folder through which the code's Java process displays charts: the process is started with the
 * system property {@value #PROPERTY} naming it, and the shell's {@code chart(...)} then also writes
 * each chart there as {@code NNNNNN-<id>.png} (a sequence number), beside {@code NNNNNN-<id>.txt}
 * holding its caption. {@link #take} collects them in order and removes them.
 */
final class DisplayFolder implements AutoCloseable {
    /** The system property naming the folder (read by {@code dev.dynasim.shell.Charts}). */
    static final String PROPERTY = "dynasim.display.dir";
    private final Path dir;

    private DisplayFolder(Path dir) {
        this.dir = dir;
    }

    /** A new, empty folder under the system's temporary directory. */
    static DisplayFolder create() {
        try {
            return new DisplayFolder(Files.createTempDirectory("dynasim-display"));
        } catch (IOException e) {
            throw new UncheckedIOException("could not create a folder for charts: " + e.getMessage(), e);
        }
    }

    /** The option that tells the code's Java process about the folder. */
    String vmOption() {
        return "-D" + PROPERTY + "=" + dir.toAbsolutePath();
    }

    /** The charts displayed since the last call, in the order they were displayed; they are removed from the folder. */
    List<Evaluation.Display> take() {
        List<Path> pngs;
        try (Stream<Path> files = Files.list(dir)) {
            pngs = files.filter(p -> p.getFileName().toString().endsWith(".png")).sorted(Comparator.comparing(Path::toString)).toList();
        } catch (IOException e) {
            return List.of();
        }
        List<Evaluation.Display> out = new ArrayList<>();
        for (Path png : pngs) {
            String name = png.getFileName().toString();
            Path caption = dir.resolve(name.substring(0, name.length() - ".png".length()) + ".txt");
            try {
                String text = Files.exists(caption) ? Files.readString(caption, StandardCharsets.UTF_8) : name;
                out.add(new Evaluation.Display(Files.readAllBytes(png), text));
                Files.deleteIfExists(png);
                Files.deleteIfExists(caption);
            } catch (IOException e) {
                // a chart that cannot be read is not shown; its value still says where it was saved
            }
        }
        return out;
    }

    /** Removes the folder and what is left in it. */
    @Override
    public void close() {
        try (Stream<Path> files = Files.list(dir)) {
            for (Path p : files.toList()) Files.deleteIfExists(p);
            Files.deleteIfExists(dir);
        } catch (IOException e) {
            // a temporary folder left behind is harmless
        }
    }
}
