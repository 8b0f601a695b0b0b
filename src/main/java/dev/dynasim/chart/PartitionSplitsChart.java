package dev.dynasim.chart;

import dev.dynasim.engine.trace.PartitionSplit;
import dev.dynasim.engine.trace.TableCreated;
import dev.dynasim.engine.trace.TraceEvent;
import java.awt.Color;
import java.awt.Font;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Path2D;
import java.awt.geom.Rectangle2D;
import java.awt.Shape;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.annotations.XYTextAnnotation;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.chart.renderer.xy.XYStepRenderer;
import org.jfree.chart.ui.TextAnchor;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;

/**
 * Chart 2, partition splits over time: each table's partition count as a step line, every split
 * marked where it happened with a shape for its cause (size, heat, throughput), labelled when few.
 * Base tables only: a GSI's partitions are not counted at creation in the trace.
 */
public final class PartitionSplitsChart implements CourseChart<SplitTimeline> {
    /** Splits labelled with their cause when a chart has at most this many. */
    static final int LABELLED_SPLITS = 8;

    @Override
    public String id() {
        return "partition-splits";
    }

    @Override
    public String caption(SplitTimeline data) {
        int splits = data.tables().stream().mapToInt(t -> t.splits().size()).sum();
        Map<String, Integer> byCause = new LinkedHashMap<>();
        for (SplitTimeline.TableSteps t : data.tables()) for (SplitTimeline.Split s : t.splits()) byCause.merge(s.cause(), 1, Integer::sum);
        return "Partitions over time in " + data.scenario() + ": " + splits + (splits == 1 ? " split" : " splits")
                + (byCause.isEmpty() ? "" : " (" + describe(byCause) + ")") + ". Partitions split and never merge, so the count only steps up.";
    }

    private static String describe(Map<String, Integer> byCause) {
        List<String> parts = new ArrayList<>();
        byCause.forEach((cause, n) -> parts.add(n + " for " + cause.toLowerCase(Locale.ROOT)));
        return String.join(", ", parts);
    }

    @Override
    public SplitTimeline data(ChartInput run) {
        Map<String, List<SplitTimeline.Step>> steps = new LinkedHashMap<>();
        Map<String, List<SplitTimeline.Split>> splits = new LinkedHashMap<>();
        Map<String, Integer> count = new LinkedHashMap<>();
        for (TraceEvent e : run.trace()) {
            if (e instanceof TableCreated c) {
                count.put(c.table(), c.partitions());
                steps.computeIfAbsent(c.table(), t -> new ArrayList<>()).add(new SplitTimeline.Step(c.time(), c.partitions()));
                splits.computeIfAbsent(c.table(), t -> new ArrayList<>());
            } else if (e instanceof PartitionSplit s && s.index() == null && count.containsKey(s.table())) {
                int after = count.merge(s.table(), s.children().size() - 1, Integer::sum);
                List<SplitTimeline.Step> line = steps.get(s.table());
                SplitTimeline.Step last = line.get(line.size() - 1);
                if (last.timeMillis() == s.time()) line.set(line.size() - 1, new SplitTimeline.Step(s.time(), after));
                else line.add(new SplitTimeline.Step(s.time(), after));
                splits.get(s.table()).add(new SplitTimeline.Split(s.time(), s.cause().name(), s.parent(), after));
            }
        }
        if (steps.isEmpty()) return null;
        List<SplitTimeline.TableSteps> tables = new ArrayList<>();
        steps.forEach((table, line) -> tables.add(new SplitTimeline.TableSteps(table, line, splits.get(table))));
        return new SplitTimeline(run.scenario(), run.endMillis(), tables);
    }

    @Override
    public JFreeChart draw(SplitTimeline data) {
        TimeAxis time = TimeAxis.forRun(data.endMillis());
        XYSeriesCollection lines = new XYSeriesCollection();
        for (SplitTimeline.TableSteps t : data.tables()) {
            XYSeries s = new XYSeries(t.table() + " partitions", false, true);
            for (SplitTimeline.Step step : t.steps()) s.add(time.of(step.timeMillis()), step.partitions());
            SplitTimeline.Step last = t.steps().get(t.steps().size() - 1);
            s.add(time.of(Math.max(data.endMillis(), last.timeMillis())), last.partitions());
            lines.addSeries(s);
        }
        Map<String, XYSeries> byCause = new LinkedHashMap<>();
        int total = 0;
        for (SplitTimeline.TableSteps t : data.tables()) {
            for (SplitTimeline.Split split : t.splits()) {
                byCause.computeIfAbsent(split.cause(), c -> new XYSeries("split for " + c.toLowerCase(Locale.ROOT), false, true))
                        .add(time.of(split.timeMillis()), split.partitionsAfter());
                total++;
            }
        }
        XYSeriesCollection marks = new XYSeriesCollection();
        byCause.values().forEach(marks::addSeries);
        NumberAxis y = new NumberAxis("partitions");
        y.setStandardTickUnits(NumberAxis.createIntegerTickUnits(java.util.Locale.ROOT));
        y.setAutoRangeIncludesZero(true);
        XYPlot plot = new XYPlot(lines, time.axis(), y, new XYStepRenderer());
        XYLineAndShapeRenderer shapes = new XYLineAndShapeRenderer(false, true);
        plot.setDataset(1, marks);
        plot.setRenderer(1, shapes);
        if (total <= LABELLED_SPLITS) {
            for (SplitTimeline.TableSteps t : data.tables()) {
                for (SplitTimeline.Split split : t.splits()) {
                    XYTextAnnotation label = new XYTextAnnotation(split.cause().toLowerCase(Locale.ROOT), time.of(split.timeMillis()),
                            split.partitionsAfter());
                    label.setFont(new Font(ChartTheme.FONT, Font.PLAIN, 15));
                    label.setTextAnchor(TextAnchor.BOTTOM_RIGHT);
                    label.setPaint(Color.BLACK);
                    plot.addAnnotation(label);
                }
            }
        }
        JFreeChart chart = ChartTheme.apply(new JFreeChart("Partition splits over time: " + data.scenario(), plot));
        int i = 0;
        for (String cause : byCause.keySet()) { // after the theme, which resets series paints
            shapes.setSeriesShape(i, shape(cause));
            shapes.setSeriesPaint(i, cause.equals("HEAT") ? ChartTheme.HIGHLIGHT : cause.equals("SIZE") ? ChartTheme.color(3) : ChartTheme.color(5));
            i++;
        }
        return chart;
    }

    private static Shape shape(String cause) {
        return switch (cause) {
            case "HEAT" -> triangle();
            case "SIZE" -> new Rectangle2D.Double(-6, -6, 12, 12);
            default -> new Ellipse2D.Double(-6, -6, 12, 12);
        };
    }

    private static Shape triangle() {
        Path2D.Double p = new Path2D.Double();
        p.moveTo(0, -7);
        p.lineTo(7, 6);
        p.lineTo(-7, 6);
        p.closePath();
        return p;
    }
}
