package dev.dynasim.shell;

import dev.dynasim.chart.ChartException;
import dev.dynasim.chart.ChartInput;
import dev.dynasim.chart.CourseChart;
import dev.dynasim.chart.CourseCharts;
import dev.dynasim.engine.billing.PriceSheet;
import dev.dynasim.engine.sim.Simulation;
import dev.dynasim.json.PriceSheetFiles;
import java.nio.file.Path;
import java.util.List;

/** Course charts of the JShell session's running simulation, saved as PNG under {@code target/charts}. */
final class Charts {
    /** Where the session's charts go. */
    static final Path DIR = Path.of("target", "charts");

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
        return new Text("Saved " + file + "\n" + caption); // relative to the working directory: the same on every machine
    }
}
