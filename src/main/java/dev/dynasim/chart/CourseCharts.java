package dev.dynasim.chart;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The course set: every course chart of every run, written to a directory as PNG files, an
 * {@code index.html} that shows them with captions, and {@code charts.json} with each chart's
 * dataset so a figure can be re-plotted elsewhere. The same runs give the same files.
 */
public final class CourseCharts {
    /** Every kind of course chart, in the order the index shows them. */
    public static final List<CourseChart<?>> ALL = List.of(new PartitionSplitsChart(), new KeySpaceChart(), new PartitionHeatChart(), new ThrottlingChart());

    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT)
            .disable(SerializationFeature.FAIL_ON_EMPTY_BEANS);

    private CourseCharts() {
    }

    /** One chart written: its run, kind, caption and PNG file name. */
    public record Written(String scenario, String chart, String caption, String file) {
    }

    /** Draws every chart of every run into {@code dir} at {@code scale}; returns what was written, in order. */
    public static List<Written> write(List<ChartInput> runs, Path dir, double scale) {
        List<Written> written = new ArrayList<>();
        ObjectNode data = JSON.createObjectNode();
        data.put("format", "dynasim-charts/1");
        ArrayNode charts = data.putArray("charts");
        try {
            Files.createDirectories(dir);
            for (ChartInput run : runs) {
                for (CourseChart<?> chart : ALL) {
                    Written w = writeOne(chart, run, dir, scale, charts);
                    if (w != null) written.add(w);
                }
            }
            Files.writeString(dir.resolve("charts.json"), JSON.writeValueAsString(data) + "\n", StandardCharsets.UTF_8);
            Files.writeString(dir.resolve("index.html"), IndexPage.html(written), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new ChartException("could not write the charts to " + dir + ": " + e.getMessage(), e);
        }
        return written;
    }

    private static <D> Written writeOne(CourseChart<D> chart, ChartInput run, Path dir, double scale, ArrayNode charts) throws IOException {
        D data = chart.data(run);
        if (data == null) return null;
        String file = fileName(run.scenario()) + "-" + chart.id() + ".png";
        Files.write(dir.resolve(file), ChartImages.png(chart.draw(data), scale));
        String caption = chart.caption(data);
        ObjectNode entry = charts.addObject();
        entry.put("scenario", run.scenario());
        entry.put("chart", chart.id());
        entry.put("file", file);
        entry.put("caption", caption);
        entry.set("data", JSON.valueToTree(data));
        return new Written(run.scenario(), chart.id(), caption, file);
    }

    /** A scenario name as a safe file-name prefix. */
    static String fileName(String scenario) {
        String safe = scenario.replaceAll("[^A-Za-z0-9._-]+", "-");
        return safe.isEmpty() ? "run" : safe;
    }
}
