package dev.dynasim.chart;

import dev.dynasim.engine.model.Limits;
import dev.dynasim.engine.trace.PartitionSplit;
import dev.dynasim.engine.trace.TableCreated;
import dev.dynasim.engine.trace.TickMetrics;
import dev.dynasim.engine.trace.TraceEvent;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Stroke;
import java.awt.geom.Line2D;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.ToDoubleFunction;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.LegendItem;
import org.jfree.chart.LegendItemCollection;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.CombinedDomainXYPlot;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.chart.annotations.XYTextAnnotation;
import org.jfree.chart.ui.Layer;
import org.jfree.chart.ui.RectangleInsets;
import org.jfree.chart.ui.RectangleAnchor;
import org.jfree.chart.ui.TextAnchor;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;

/**
 * Chart 4, partition heat: each partition's consumed read and write units per second over time (from
 * {@code TickMetrics}, averaged per time bucket), one panel per kind of unit the run consumed, against
 * the per-partition limits of {@link Limits}. The hottest partition and the partitions it split from
 * are drawn thick in {@link ChartTheme#HIGHLIGHT}, the others thin and grey. One base table: the one
 * whose partition came nearest its limit.
 */
public final class PartitionHeatChart implements CourseChart<PartitionHeat> {
    private static final Color OTHERS = new Color(0xA8A8A8);
    private static final BasicStroke THIN = new BasicStroke(1.5f);
    private static final BasicStroke THICK = new BasicStroke(4f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND);

    @Override
    public String id() {
        return "partition-heat";
    }

    @Override
    public String caption(PartitionHeat data) {
        PartitionHeat.Series hot = data.series(data.hottest());
        boolean write = hot.peakWrite() / data.writeLimit() >= hot.peakRead() / data.readLimit();
        String peak = write ? units(hot.peakWrite()) + " WCU/s, " + percent(hot.peakShare()) + " of its " + units(data.writeLimit()) + " WCU/s limit"
                : units(hot.peakRead()) + " RCU/s, " + percent(hot.peakShare()) + " of its " + units(data.readLimit()) + " RCU/s limit";
        List<Long> ancestors = data.hottestLineage().stream().filter(p -> p != data.hottest()).toList();
        String lineage = ancestors.isEmpty() ? "" : " (highlighted with " + names(ancestors)
                + (ancestors.size() == 1 ? ", the partition" : ", the partitions") + " it split from)";
        double others = data.partitions().stream().filter(s -> !data.hottestLineage().contains(s.partition()))
                .mapToDouble(PartitionHeat.Series::peakShare).max().orElse(-1);
        String rest = others < 0 ? "" : others == 0 ? " No other partition of " + data.table() + " consumed anything."
                : others < 0.01 ? " No other partition of " + data.table() + " reached 1% of a limit."
                : " No other partition of " + data.table() + " went above " + percent(others) + " of a limit.";
        return "Partition " + data.hottest() + " of " + data.table() + " peaked at " + peak + lineage + "." + rest;
    }

    private static String names(List<Long> ids) {
        List<String> out = ids.stream().map(id -> "P" + id).toList();
        return out.size() == 1 ? out.get(0) : String.join(", ", out.subList(0, out.size() - 1)) + " and " + out.get(out.size() - 1);
    }

    private static String units(double v) {
        return String.format(Locale.ROOT, "%,.0f", v);
    }

    private static String percent(double share) {
        if (share > 0 && share < 0.005) return "<1%";
        return String.format(Locale.ROOT, "%.0f%%", 100 * share);
    }

    @Override
    public PartitionHeat data(ChartInput run) {
        TimeBuckets buckets = TimeBuckets.forRun(run.tickMillis(), run.endMillis());
        double readLimit = Limits.PARTITION_MAX_RCU;
        double writeLimit = Limits.PARTITION_MAX_WCU;
        // table -> partition -> bucket -> {read units, write units}
        Map<String, Map<Long, TreeMap<Integer, double[]>>> sums = new LinkedHashMap<>();
        Map<String, Map<Long, Long>> parents = new HashMap<>();
        // a partition lives in (born, died]: from its table's creation or the split that made it to the split that ended it
        Map<String, Long> created = new HashMap<>();
        Map<List<Object>, Long> born = new HashMap<>();
        Map<List<Object>, Long> died = new HashMap<>();
        Map<List<Object>, Long> measured = new HashMap<>(); // first TickMetrics
        for (TraceEvent e : run.trace()) {
            if (e instanceof TickMetrics m && m.index() == null) {
                double[] sum = sums.computeIfAbsent(m.table(), t -> new TreeMap<>()).computeIfAbsent(m.partition(), p -> new TreeMap<>())
                        .computeIfAbsent(buckets.of(m.time()), b -> new double[2]);
                sum[0] += m.consumedReadUnits();
                sum[1] += m.consumedWriteUnits();
                measured.putIfAbsent(List.of(m.table(), m.partition()), m.time());
            } else if (e instanceof TableCreated c) {
                created.putIfAbsent(c.table(), c.time());
            } else if (e instanceof PartitionSplit s && s.index() == null) {
                died.put(List.of(s.table(), s.parent()), s.time());
                for (long child : s.children()) {
                    parents.computeIfAbsent(s.table(), t -> new HashMap<>()).put(child, s.parent());
                    born.put(List.of(s.table(), child), s.time());
                }
            }
        }
        PartitionHeat best = null;
        for (var table : sums.entrySet()) {
            List<PartitionHeat.Series> series = new ArrayList<>();
            PartitionHeat.Series hottest = null;
            for (var partition : table.getValue().entrySet()) {
                List<PartitionHeat.Point> points = new ArrayList<>();
                double peakRead = 0;
                double peakWrite = 0;
                List<Object> id = List.of(table.getKey(), partition.getKey());
                long from = Math.max(0, Math.min(born.getOrDefault(id, created.getOrDefault(table.getKey(), 0L)), measured.get(id) - run.tickMillis()));
                long to = died.getOrDefault(id, Long.MAX_VALUE);
                for (int b = buckets.of(from + 1); b < buckets.count() && buckets.start(b) < to; b++) {
                    // an idle tick has no TickMetrics: average over the part of the bucket the partition lived, idle ticks as 0
                    double[] sum = partition.getValue().getOrDefault(b, new double[2]);
                    double seconds = (Math.min(buckets.end(b), to) - Math.max(buckets.start(b), from)) / 1000.0;
                    if (seconds <= 0) seconds = buckets.seconds(b);
                    PartitionHeat.Point p = new PartitionHeat.Point(buckets.start(b), buckets.end(b), sum[0] / seconds, sum[1] / seconds);
                    points.add(p);
                    peakRead = Math.max(peakRead, p.readUnitsPerSecond());
                    peakWrite = Math.max(peakWrite, p.writeUnitsPerSecond());
                }
                PartitionHeat.Series s = new PartitionHeat.Series(partition.getKey(), peakRead, peakWrite,
                        Math.max(peakRead / readLimit, peakWrite / writeLimit), points);
                series.add(s);
                if (hottest == null || hotter(s, hottest)) hottest = s;
            }
            List<Long> lineage = new ArrayList<>();
            Map<Long, Long> up = parents.getOrDefault(table.getKey(), Map.of());
            for (Long p = hottest.partition(); p != null; p = up.get(p)) lineage.add(0, p);
            PartitionHeat heat = new PartitionHeat(run.scenario(), table.getKey(), run.endMillis(), buckets.bucketMillis(), readLimit, writeLimit,
                    hottest.partition(), lineage, series);
            if (best == null || hottest.peakShare() > best.series(best.hottest()).peakShare()) best = heat;
        }
        return best;
    }

    /** Whether {@code a} is hotter than {@code b}: a higher peak share, or the same and busy until later (the one still hot), or newer. */
    private static boolean hotter(PartitionHeat.Series a, PartitionHeat.Series b) {
        if (a.peakShare() != b.peakShare()) return a.peakShare() > b.peakShare();
        if (lastBusy(a) != lastBusy(b)) return lastBusy(a) > lastBusy(b);
        return a.partition() > b.partition();
    }

    /** The end of the last bucket in which the partition consumed anything. */
    private static long lastBusy(PartitionHeat.Series s) {
        long last = -1;
        for (PartitionHeat.Point p : s.points()) if (p.readUnitsPerSecond() + p.writeUnitsPerSecond() > 0) last = p.toMillis();
        return last;
    }

    @Override
    public JFreeChart draw(PartitionHeat data) {
        TimeAxis time = TimeAxis.forRun(data.endMillis());
        boolean reads = data.partitions().stream().anyMatch(s -> s.peakRead() > 0);
        boolean writes = data.partitions().stream().anyMatch(s -> s.peakWrite() > 0) || !reads;
        NumberAxis x = time.axis();
        x.setRange(0, time.of(data.endMillis()));
        CombinedDomainXYPlot combined = new CombinedDomainXYPlot(x);
        combined.setGap(16);
        List<XYLineAndShapeRenderer> renderers = new ArrayList<>();
        List<PartitionHeat.Series> order = new ArrayList<>(data.partitions()); // highlighted first: series 0 is drawn last, on top
        order.sort((a, b) -> Boolean.compare(data.hottestLineage().contains(b.partition()), data.hottestLineage().contains(a.partition())));
        PartitionHeat.Series hottest = data.series(data.hottest());
        boolean hotWrites = hottest.peakWrite() / data.writeLimit() >= hottest.peakRead() / data.readLimit();
        if (reads) {
            combined.add(panel(data, order, time, "read units/s (RCU)", data.readLimit(), "RCU", PartitionHeat.Point::readUnitsPerSecond,
                    renderers, !(writes && hotWrites)), 1);
        }
        if (writes) {
            combined.add(panel(data, order, time, "write units/s (WCU)", data.writeLimit(), "WCU", PartitionHeat.Point::writeUnitsPerSecond,
                    renderers, hotWrites || !reads), 1);
        }
        LegendItemCollection legend = new LegendItemCollection();
        String hot = names(data.hottestLineage()) + (data.hottestLineage().size() > 1 ? " (hottest, and the partitions it split from)" : " (hottest)");
        legend.add(line(hot, ChartTheme.HIGHLIGHT, THICK));
        if (data.partitions().size() > data.hottestLineage().size()) legend.add(line("other partitions", OTHERS, THIN));
        legend.add(line("per-partition limit", ChartTheme.LIMIT, ChartTheme.limitStroke()));
        combined.setFixedLegendItems(legend);
        JFreeChart chart = ChartTheme.apply(new JFreeChart("Consumption per partition: " + data.table() + " in " + data.scenario(), combined));
        chart.setPadding(new RectangleInsets(4, 4, 4, 20)); // room for the last time tick label
        for (XYLineAndShapeRenderer r : renderers) { // after the theme, which resets series paints
            for (int i = 0; i < order.size(); i++) {
                boolean highlighted = data.hottestLineage().contains(order.get(i).partition());
                r.setSeriesPaint(i, highlighted ? ChartTheme.HIGHLIGHT : OTHERS);
                r.setSeriesStroke(i, highlighted ? THICK : THIN);
            }
        }
        return chart;
    }

    private static XYPlot panel(PartitionHeat data, List<PartitionHeat.Series> order, TimeAxis time, String label, double limit, String unit,
                                ToDoubleFunction<PartitionHeat.Point> value, List<XYLineAndShapeRenderer> renderers, boolean nameHottest) {
        XYSeriesCollection lines = new XYSeriesCollection();
        double top = limit * 1.15;
        for (PartitionHeat.Series s : order) {
            XYSeries line = new XYSeries("P" + s.partition(), false, true);
            for (PartitionHeat.Point p : s.points()) {
                line.add(time.of(p.toMillis()), value.applyAsDouble(p));
                top = Math.max(top, value.applyAsDouble(p) * 1.05);
            }
            lines.addSeries(line);
        }
        NumberAxis y = new NumberAxis(label);
        y.setRange(0, top);
        y.setTickUnit(ValueTicks.upTo(top));
        XYLineAndShapeRenderer renderer = new XYLineAndShapeRenderer(true, false);
        renderers.add(renderer);
        XYPlot plot = new XYPlot(lines, null, y, renderer);
        ValueMarker marker = new ValueMarker(limit, ChartTheme.LIMIT, ChartTheme.limitStroke());
        marker.setLabel("partition limit " + units(limit) + " " + unit + "/s");
        marker.setLabelFont(new Font(ChartTheme.FONT, Font.PLAIN, 15));
        marker.setLabelPaint(Color.BLACK);
        marker.setLabelBackgroundColor(Color.WHITE);
        marker.setLabelAnchor(RectangleAnchor.BOTTOM_RIGHT);
        marker.setLabelTextAnchor(TextAnchor.TOP_RIGHT);
        plot.addRangeMarker(marker, Layer.BACKGROUND); // under the lines: the hottest partition often runs along its limit
        if (nameHottest && data.hottestLineage().size() > 1) {
            for (long id : data.hottestLineage()) { // each highlighted partition named above the middle of its line
                List<PartitionHeat.Point> points = data.series(id).points();
                PartitionHeat.Point mid = points.get(points.size() / 2);
                XYTextAnnotation name = new XYTextAnnotation("P" + id, time.of(mid.toMillis()), value.applyAsDouble(mid) + top * 0.02);
                name.setFont(new Font(ChartTheme.FONT, Font.BOLD, 16));
                name.setPaint(ChartTheme.HIGHLIGHT);
                name.setTextAnchor(TextAnchor.BOTTOM_CENTER);
                plot.addAnnotation(name);
            }
        }
        return plot;
    }

    private static LegendItem line(String label, Color paint, Stroke stroke) {
        LegendItem item = new LegendItem(label, null, null, null, new Line2D.Double(-12, 0, 12, 0), stroke, paint);
        item.setLabelFont(new Font(ChartTheme.FONT, Font.PLAIN, 15));
        return item;
    }
}
