package dev.dynasim.shell;

import dev.dynasim.chart.ChartException;
import dev.dynasim.chart.ChartInput;
import dev.dynasim.chart.CourseChart;
import dev.dynasim.chart.CourseCharts;
import dev.dynasim.engine.billing.PriceSheet;
import dev.dynasim.engine.sim.Simulation;
import dev.dynasim.json.PriceSheetFiles;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Course charts of the JShell session's running simulation, saved as PNG under {@code target/charts};
 * and displayed, when the system property {@value #DISPLAY_PROPERTY} names a folder (a notebook's
 * runner sets it), by a copy there named {@code NNNNNN-<id>.png} in display order, beside its caption
 * in {@code NNNNNN-<id>.txt}.
 */
final class Charts {
    /** Where the session's charts go. */
    static final Path DIR = Path.of("target", "charts");
    /** The system property naming the folder where charts are displayed (dev.dynasim.lesson.DisplayFolder collects them). */
    static final String DISPLAY_PROPERTY = "dynasim.display.dir";
    private static final AtomicInteger DISPLAYED = new AtomicInteger();

    private Charts() {
    }

    /** The session's run as the charts see it: its trace so far and its bill. */
    static ChartInput run(Simulation sim) {
        PriceSheet prices = PriceSheetFiles.shipped("us-east-1");
        return new ChartInput("shell", sim.tickMillis(), sim.now(), sim.trace().events(), sim.bill(prices, prices.current()), List.of());
    }

    /** Draws chart {@code id} of the session into {@code DIR/shell-<id>.png} at {@code scale}; what was saved, in words. */
    static Text save(Simulation sim, String id, double scale) {
        CourseChart<?> chart = id == null ? null : CourseCharts.byId(id);
        if (chart == null) {
            throw new ShellUsageException("no chart called " + (id == null ? "null" : "\"" + id + "\"") + "; charts: "
                    + String.join(", ", CourseCharts.ids()));
        }
        Path file = DIR.resolve("shell-" + id + ".png");
        String caption;
        try {
            caption = CourseCharts.writeChart(chart, run(sim), file, scale);
        } catch (ChartException e) {
            throw new ShellUsageException(e.getMessage());
        }
        if (caption == null) {
            throw new ShellUsageException("nothing to draw in " + id + " yet: create a table, send it traffic and step() the clock first");
        }
        display(file, id, caption);
        return new Text("Saved " + file + "\n" + caption); // relative to the working directory: the same on every machine
    }

    /** Copies the chart into the display folder, if there is one: the caption first, then the PNG moved in whole. */
    private static void display(Path png, String id, String caption) {
        String folder = System.getProperty(DISPLAY_PROPERTY);
        if (folder == null || folder.isBlank()) return;
        String name = String.format("%06d-%s", DISPLAYED.incrementAndGet(), id);
        Path dir = Path.of(folder);
        try {
            Files.writeString(dir.resolve(name + ".txt"), caption, StandardCharsets.UTF_8);
            Path partial = dir.resolve(name + ".part");
            Files.copy(png, partial, StandardCopyOption.REPLACE_EXISTING);
            Files.move(partial, dir.resolve(name + ".png"), StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new ShellUsageException("saved " + png + " but could not display it: " + e.getMessage());
        }
    }
}
