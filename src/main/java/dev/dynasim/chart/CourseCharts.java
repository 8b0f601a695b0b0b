package dev.dynasim.chart;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The course set: every course chart of every run, written to a directory as PNG files, an
 * {@code index.html} that shows them with captions, and {@code charts.json} with each chart's
 * dataset so a figure can be re-plotted elsewhere. The same runs give the same files.
 */
public final class CourseCharts {
    /** Every kind of course chart, in the order the index shows them. */
    public static final List<CourseChart<?>> ALL = List.of(new KeySpaceChart(), new PartitionSplitsChart(), new PartitionHeatChart(),
            new ThrottlingChart(), new BilledUsageChart(), new CostComparisonChart(), new ReplicationChart(), new CapacityChart());

    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT)
            .disable(SerializationFeature.FAIL_ON_EMPTY_BEANS);

    private CourseCharts() {
    }

    /** The chart of kind {@code id}, or null when there is none. */
    public static CourseChart<?> byId(String id) {
        for (CourseChart<?> c : ALL) if (c.id().equals(id)) return c;
        return null;
    }

    /** The ids of every kind of chart, in order. */
    public static List<String> ids() {
        return ALL.stream().map(CourseChart::id).toList();
    }

    /**
     * Draws one chart of a run into {@code file} at {@code scale} and returns its caption, or null when
     * the run has nothing to show in that chart.
     */
    public static <D> String writeChart(CourseChart<D> chart, ChartInput run, Path file, double scale) {
        D data = chart.data(run);
        if (data == null) return null;
        try {
            Path parent = file.toAbsolutePath().getParent();
            if (parent != null) Files.createDirectories(parent);
            Files.write(file, ChartImages.png(chart.draw(data), scale));
        } catch (IOException e) {
            throw new ChartException("could not write " + file + ": " + e.getMessage(), e);
        }
        return chart.caption(data);
    }

    /** One chart written: its run, kind, caption and PNG file name. */
    public record Written(String scenario, String chart, String caption, String file) {
        /** The run's file-name prefix: the file name without {@code -<chart>.png} (unique per run). */
        public String prefix() {
            return file.substring(0, file.length() - ("-" + chart + ".png").length());
        }
    }

    /** Draws every chart of every run into {@code dir} at {@code scale}; returns what was written, in order. */
    public static List<Written> write(List<ChartInput> runs, Path dir, double scale) {
        ChartImages.checkScale(scale); // before drawing anything
        List<Job> jobs = new ArrayList<>();
        List<String> prefixes = prefixes(runs);
        for (int i = 0; i < runs.size(); i++) for (CourseChart<?> chart : ALL) jobs.add(new Job(runs.get(i), prefixes.get(i), chart));
        // drawing is the slow part and every chart is independent: draw on every core, write in order
        List<Drawn> drawn = jobs.parallelStream().map(job -> draw(job.chart(), job.run(), job.prefix(), scale)).toList();
        List<Written> written = new ArrayList<>();
        ObjectNode data = JSON.createObjectNode();
        data.put("format", "dynasim-charts/1");
        ArrayNode charts = data.putArray("charts");
        try {
            Files.createDirectories(dir);
            for (Drawn d : drawn) {
                if (d == null) continue;
                Files.write(dir.resolve(d.written().file()), d.png());
                ObjectNode entry = charts.addObject();
                entry.put("scenario", d.written().scenario());
                entry.put("chart", d.written().chart());
                entry.put("file", d.written().file());
                entry.put("caption", d.written().caption());
                entry.set("data", d.data());
                written.add(d.written());
            }
            Files.writeString(dir.resolve("charts.json"), JSON.writeValueAsString(data) + "\n", StandardCharsets.UTF_8);
            Files.writeString(dir.resolve("index.html"), IndexPage.html(written), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new ChartException("could not write the charts to " + dir + ": " + e.getMessage(), e);
        }
        return written;
    }

    private record Job(ChartInput run, String prefix, CourseChart<?> chart) {
    }

    /** A chart drawn: what it is, its PNG and its dataset as JSON. */
    private record Drawn(Written written, byte[] png, JsonNode data) {
    }

    private static <D> Drawn draw(CourseChart<D> chart, ChartInput run, String prefix, double scale) {
        D data = chart.data(run);
        if (data == null) return null;
        String file = prefix + "-" + chart.id() + ".png";
        return new Drawn(new Written(run.scenario(), chart.id(), chart.caption(data), file), ChartImages.png(chart.draw(data), scale),
                JSON.valueToTree(data));
    }

    /** Each run's file-name prefix, in order: its scenario's, then -2, -3 and so on for later runs of a name already used. */
    static List<String> prefixes(List<ChartInput> runs) {
        List<String> out = new ArrayList<>();
        Set<String> used = new HashSet<>();
        for (ChartInput run : runs) {
            String base = fileName(run.scenario());
            String prefix = base;
            for (int n = 2; !used.add(prefix); n++) prefix = base + "-" + n;
            out.add(prefix);
        }
        return out;
    }

    /** A scenario name as a safe file-name prefix. */
    static String fileName(String scenario) {
        String safe = scenario.replaceAll("[^A-Za-z0-9._-]+", "-");
        return safe.isEmpty() ? "run" : safe;
    }
}
