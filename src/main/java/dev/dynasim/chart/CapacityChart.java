package dev.dynasim.chart;

import dev.dynasim.engine.model.BillingMode;
import dev.dynasim.engine.trace.CapacityChanged;
import dev.dynasim.engine.trace.RequestThrottled;
import dev.dynasim.engine.trace.ScalingActivity;
import dev.dynasim.engine.trace.TableCreated;
import dev.dynasim.engine.trace.TickMetrics;
import dev.dynasim.engine.trace.TraceEvent;
import java.awt.Color;
import java.awt.Font;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Path2D;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.TreeMap;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.LegendItem;
import org.jfree.chart.LegendItemCollection;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.CombinedDomainXYPlot;
import org.jfree.chart.plot.IntervalMarker;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.chart.renderer.xy.XYStepRenderer;
import org.jfree.chart.title.TextTitle;
import org.jfree.chart.ui.Layer;
import org.jfree.chart.ui.RectangleAnchor;
import org.jfree.chart.ui.TextAnchor;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;

/**
 * Chart 8, capacity against consumption, for one base table (the first created provisioned, else the
 * first): read on top, write below, each with the provisioned capacity as a step line, the units
 * consumed and throttled per second, auto scaling's decisions and applications as markers, and the
 * spells served above the provisioned line without throttling (burst capacity) shaded.
 */
public final class CapacityChart implements CourseChart<CapacityTimeline> {
    /** At most about this many consumption samples over a run. */
    static final int MAX_SAMPLES = 600;
    /** A panel marks auto scaling's decisions (or applications) only when it has at most this many of them. */
    static final int MAX_DECISIONS_MARKED = 30;

    @Override
    public String id() {
        return "capacity";
    }

    @Override
    public String caption(CapacityTimeline data) {
        boolean onDemand = data.capacity().stream().allMatch(CapacityTimeline.Step::onDemand);
        long decided = data.scaling().stream().filter(s -> s.status().equals("decided")).count();
        long applied = data.scaling().stream().filter(s -> s.status().equals("applied")).count();
        double throttled = 0;
        for (CapacityTimeline.Sample s : data.consumed()) throttled += s.throttledReadPerSecond() + s.throttledWritePerSecond();
        StringBuilder sb = new StringBuilder("Capacity against consumption for " + data.table() + " in " + data.scenario() + ": ");
        if (onDemand) sb.append("an on-demand table has no provisioned line; it is throttled only at its partitions' limits or its on-demand ceiling");
        else {
            long[] burst = new long[2];
            for (CapacityTimeline.Spell s : data.bursts()) burst[s.dimension().equals("read") ? 0 : 1] += s.toMillis() - s.fromMillis();
            sb.append(burst[0] + burst[1] == 0 ? "consumption never went above the provisioned line unthrottled"
                    : "served above the provisioned line without throttling (burst capacity, shaded) for " + String.join(" and ", spells(burst)));
            if (decided + applied > 0) sb.append(String.format(Locale.ROOT, "; auto scaling decided %d and applied %d changes", decided, applied));
        }
        sb.append(throttled > 0 ? "; the throttled line shows what was refused" : "");
        if (data.indexThrottledRequests() > 0) sb.append("; ").append(indexNote(data));
        sb.append('.');
        return sb.toString();
    }

    @Override
    public CapacityTimeline data(ChartInput run) {
        String table = null;
        for (TableCreated c : run.ofType(TableCreated.class)) {
            if (c.mode() == BillingMode.PROVISIONED) {
                table = c.table();
                break;
            }
            if (table == null) table = c.table();
        }
        if (table == null) return null;
        long tick = run.tickMillis();
        long ticks = Math.max(1, (run.endMillis() + tick - 1) / tick);
        long width = tick * Math.max(1, (ticks + MAX_SAMPLES - 1) / MAX_SAMPLES);
        List<CapacityTimeline.Step> steps = new ArrayList<>();
        List<CapacityTimeline.Scaling> scaling = new ArrayList<>();
        TreeMap<Long, double[]> byTick = new TreeMap<>();
        long created = 0;
        TreeMap<Long, Long> indexEvents = new TreeMap<>(); // requests a GSI throttled, by tick: RequestThrottled
        TreeMap<Long, Long> indexTicks = new TreeMap<>(); // and the indexes' TickMetrics (rate level has no events)
        for (TraceEvent e : run.trace()) {
            if (!table.equals(e.table())) continue;
            if (e instanceof TableCreated c) {
                if (steps.isEmpty()) created = c.time();
                step(steps, new CapacityTimeline.Step(c.time(), c.readCapacity(), c.writeCapacity(), c.mode() == BillingMode.PAY_PER_REQUEST));
            } else if (e instanceof CapacityChanged c && c.index() == null) {
                step(steps, new CapacityTimeline.Step(c.time(), c.readCapacity(), c.writeCapacity(), c.mode() == BillingMode.PAY_PER_REQUEST));
            } else if (e instanceof ScalingActivity s) {
                scaling.add(new CapacityTimeline.Scaling(s.time(), s.dimension(), s.fromCapacity(), s.toCapacity(), s.status()));
            } else if (e instanceof RequestThrottled t && t.reason().startsWith("Index")) {
                indexEvents.merge(t.time(), t.requests(), Long::sum);
            } else if (e instanceof TickMetrics m && m.index() != null) {
                indexTicks.merge(m.time(), m.throttledRequests(), Long::sum);
            } else if (e instanceof TickMetrics m) {
                double[] t = byTick.computeIfAbsent(m.time(), x -> new double[4]);
                t[0] += m.consumedReadUnits();
                t[1] += m.consumedWriteUnits();
                t[2] += m.throttledReadUnits();
                t[3] += m.throttledWriteUnits();
            }
        }
        double seconds = tick / 1000.0;
        List<CapacityTimeline.Spell> bursts = new ArrayList<>();
        long[] open = {-1, -1};
        long[] last = {-1, -1};
        for (var e : byTick.entrySet()) {
            CapacityTimeline.Step at = capacityAt(steps, e.getKey() - tick);
            for (int d = 0; d < 2; d++) {
                double used = e.getValue()[d] / seconds;
                long cap = d == 0 ? at.readCapacity() : at.writeCapacity();
                boolean burst = !at.onDemand() && used > cap && e.getValue()[d + 2] == 0;
                if (burst && open[d] >= 0 && last[d] == e.getKey() - tick) {
                    last[d] = e.getKey();
                } else {
                    if (open[d] >= 0) bursts.add(new CapacityTimeline.Spell(d == 0 ? "read" : "write", open[d], last[d]));
                    open[d] = burst ? e.getKey() - tick : -1;
                    last[d] = burst ? e.getKey() : -1;
                }
            }
        }
        for (int d = 0; d < 2; d++) if (open[d] >= 0) bursts.add(new CapacityTimeline.Spell(d == 0 ? "read" : "write", open[d], last[d]));
        bursts.sort((a, b) -> a.dimension().equals(b.dimension()) ? Long.compare(a.fromMillis(), b.fromMillis()) : a.dimension().compareTo(b.dimension()));
        TreeMap<Long, double[]> byBucket = new TreeMap<>();
        // an idle tick has no TickMetrics: every bucket from the table's creation to the run's end is a sample, 0 when idle
        for (long i = created / width, n = Math.max(0, run.endMillis() - 1) / width; i <= n; i++) byBucket.put(i, new double[4]);
        for (var e : byTick.entrySet()) {
            double[] b = byBucket.computeIfAbsent(Math.max(0, e.getKey() - 1) / width, x -> new double[4]);
            for (int i = 0; i < 4; i++) b[i] += e.getValue()[i];
        }
        List<CapacityTimeline.Sample> samples = new ArrayList<>();
        byBucket.forEach((i, b) -> {
            long to = Math.min((i + 1) * width, Math.max(run.endMillis(), i * width + 1));
            double s = (to - i * width) / 1000.0;
            samples.add(new CapacityTimeline.Sample(to, b[0] / s, b[1] / s, b[2] / s, b[3] / s));
        });
        long indexThrottled = indexEvents.values().stream().mapToLong(Long::longValue).sum();
        for (var t : indexTicks.entrySet()) if (!indexEvents.containsKey(t.getKey())) indexThrottled += t.getValue();
        return new CapacityTimeline(run.scenario(), run.endMillis(), table, width, steps, samples, scaling, bursts, indexThrottled);
    }

    private static void step(List<CapacityTimeline.Step> steps, CapacityTimeline.Step s) {
        if (!steps.isEmpty() && steps.get(steps.size() - 1).timeMillis() == s.timeMillis()) steps.set(steps.size() - 1, s);
        else steps.add(s);
    }

    /** The capacity in force at {@code millis}: the last step at or before it (the first step before the table existed). */
    private static CapacityTimeline.Step capacityAt(List<CapacityTimeline.Step> steps, long millis) {
        CapacityTimeline.Step at = steps.get(0);
        for (CapacityTimeline.Step s : steps) if (s.timeMillis() <= millis) at = s;
        return at;
    }

    @Override
    public JFreeChart draw(CapacityTimeline data) {
        TimeAxis time = TimeAxis.forRun(data.endMillis());
        boolean onDemand = data.capacity().stream().allMatch(CapacityTimeline.Step::onDemand);
        CombinedDomainXYPlot plot = new CombinedDomainXYPlot(time.axis());
        plot.setGap(14);
        List<Runnable> paints = new ArrayList<>();
        boolean anyThrottled = false;
        boolean anyDecided = false;
        boolean anyApplied = false;
        long unmarkedDecided = 0;
        long unmarkedApplied = 0;
        List<String> dims = new ArrayList<>();
        for (String dim : List.of("read", "write")) if (used(data, dim)) dims.add(dim);
        if (dims.isEmpty()) dims.add("read");
        for (String dim : dims) {
            boolean read = dim.equals("read");
            XYSeriesCollection used = new XYSeriesCollection();
            XYSeries consumed = new XYSeries("consumed", false, true);
            XYSeries throttled = new XYSeries("throttled", false, true);
            boolean throttledHere = false;
            for (CapacityTimeline.Sample s : data.consumed()) {
                consumed.add(time.of(s.timeMillis()), read ? s.readPerSecond() : s.writePerSecond());
                double t = read ? s.throttledReadPerSecond() : s.throttledWritePerSecond();
                throttled.add(time.of(s.timeMillis()), t);
                throttledHere |= t > 0;
            }
            used.addSeries(consumed);
            if (throttledHere) used.addSeries(throttled);
            anyThrottled |= throttledHere;
            NumberAxis y = new NumberAxis(dim + " units per second");
            y.setAutoRangeIncludesZero(true);
            y.setUpperMargin(0.1);
            XYLineAndShapeRenderer usedRenderer = new XYLineAndShapeRenderer(true, false);
            XYPlot p = new XYPlot(used, null, y, usedRenderer);
            XYStepRenderer capRenderer = new XYStepRenderer();
            if (!onDemand) {
                XYSeries cap = new XYSeries("provisioned", false, true);
                for (CapacityTimeline.Step s : data.capacity()) cap.add(time.of(s.timeMillis()), s.onDemand() ? 0 : read ? s.readCapacity() : s.writeCapacity());
                CapacityTimeline.Step lastStep = data.capacity().get(data.capacity().size() - 1);
                cap.add(time.of(Math.max(data.endMillis(), lastStep.timeMillis())), lastStep.onDemand() ? 0 : read ? lastStep.readCapacity() : lastStep.writeCapacity());
                p.setDataset(1, new XYSeriesCollection(cap));
                p.setRenderer(1, capRenderer);
            }
            XYSeries decided = new XYSeries("auto scaling decided", false, true);
            XYSeries applied = new XYSeries("auto scaling applied", false, true);
            for (CapacityTimeline.Scaling s : data.scaling()) {
                if (!s.dimension().equals(dim)) continue;
                if (s.status().equals("decided")) decided.add(time.of(s.timeMillis()), s.toCapacity());
                else if (s.status().equals("applied")) applied.add(time.of(s.timeMillis()), s.toCapacity());
            }
            if (decided.getItemCount() > MAX_DECISIONS_MARKED) {
                unmarkedDecided += decided.getItemCount();
                decided.clear();
            }
            if (applied.getItemCount() > MAX_DECISIONS_MARKED) {
                unmarkedApplied += applied.getItemCount();
                applied.clear();
            }
            anyDecided |= decided.getItemCount() > 0;
            anyApplied |= applied.getItemCount() > 0;
            XYLineAndShapeRenderer marks = new XYLineAndShapeRenderer(false, true);
            if (decided.getItemCount() + applied.getItemCount() > 0) {
                XYSeriesCollection m = new XYSeriesCollection();
                m.addSeries(decided);
                m.addSeries(applied);
                p.setDataset(2, m);
                p.setRenderer(2, marks);
            }
            boolean labelled = false;
            for (CapacityTimeline.Spell s : data.bursts()) {
                if (!s.dimension().equals(dim)) continue;
                IntervalMarker marker = new IntervalMarker(time.of(s.fromMillis()), time.of(s.toMillis()), ChartTheme.SHADE);
                p.addDomainMarker(marker, Layer.BACKGROUND);
                if (!labelled) {
                    // the label in front of the data, black on white, the shading behind it
                    IntervalMarker label = new IntervalMarker(time.of(s.fromMillis()), time.of(s.toMillis()), new Color(0, 0, 0, 0));
                    label.setLabel("burst");
                    label.setLabelFont(new Font(ChartTheme.FONT, Font.BOLD, 15));
                    label.setLabelPaint(Color.BLACK);
                    label.setLabelBackgroundColor(Color.WHITE);
                    label.setLabelAnchor(RectangleAnchor.TOP_LEFT);
                    label.setLabelTextAnchor(TextAnchor.TOP_LEFT);
                    label.setLabelOffset(new org.jfree.chart.ui.RectangleInsets(4, 4, 4, 4));
                    p.addDomainMarker(label, Layer.FOREGROUND);
                    labelled = true;
                }
            }
            plot.add(p, 1);
            final boolean throttledShown = throttledHere;
            paints.add(() -> {
                usedRenderer.setSeriesPaint(0, CONSUMED);
                usedRenderer.setSeriesStroke(0, ChartTheme.stroke(0));
                if (throttledShown) {
                    usedRenderer.setSeriesPaint(1, ChartTheme.HIGHLIGHT);
                    usedRenderer.setSeriesStroke(1, ChartTheme.stroke(2));
                }
                capRenderer.setSeriesPaint(0, ChartTheme.LIMIT);
                capRenderer.setSeriesStroke(0, ChartTheme.stroke(1));
                marks.setSeriesPaint(0, ChartTheme.color(4));
                marks.setSeriesShape(0, triangle());
                marks.setSeriesPaint(1, ChartTheme.color(2));
                marks.setSeriesShape(1, new Ellipse2D.Double(-6, -6, 12, 12));
            });
        }
        LegendItemCollection legend = new LegendItemCollection();
        legend.add(line("consumed", CONSUMED, ChartTheme.stroke(0)));
        if (anyThrottled) legend.add(line("throttled", ChartTheme.HIGHLIGHT, ChartTheme.stroke(2)));
        if (!onDemand) legend.add(line("provisioned", ChartTheme.LIMIT, ChartTheme.stroke(1)));
        if (anyDecided) legend.add(new LegendItem("auto scaling decided", null, null, null, triangle(), ChartTheme.color(4)));
        if (anyApplied) {
            legend.add(new LegendItem("auto scaling applied", null, null, null, new Ellipse2D.Double(-6, -6, 12, 12), ChartTheme.color(2)));
        }
        if (!data.bursts().isEmpty()) {
            legend.add(new LegendItem("burst: above provisioned, not throttled", null, null, null, new java.awt.geom.Rectangle2D.Double(-7, -7, 14, 14),
                    ChartTheme.SHADE));
        }
        plot.setFixedLegendItems(legend);
        JFreeChart chart = ChartTheme.apply(new JFreeChart("Provisioned capacity and consumption: " + data.table() + " (" + data.scenario() + ")", plot));
        paints.forEach(Runnable::run);
        String bucket = TimeBuckets.length(data.bucketMillis());
        chart.addSubtitle(new TextTitle((onDemand ? "on demand: no provisioned capacity to draw (the on-demand ceiling is not in the trace); " : "")
                + "units per second, averaged over " + bucket + (dims.size() == 1 ? "; no " + (dims.get(0).equals("read") ? "writes" : "reads") : "")
                + unmarked(unmarkedDecided, unmarkedApplied),
                new Font(ChartTheme.FONT, Font.PLAIN, 17)));
        if (data.indexThrottledRequests() > 0) chart.addSubtitle(new TextTitle(indexNote(data), new Font(ChartTheme.FONT, Font.BOLD, 17)));
        return chart;
    }

    /** The note on throttling a GSI caused: its capacity is not drawn. */
    private static String indexNote(CapacityTimeline data) {
        return String.format(Locale.ROOT, "%,d requests were throttled by a GSI of %s, whose capacity is not drawn", data.indexThrottledRequests(),
                data.table());
    }

    private static final Color CONSUMED = ChartTheme.color(0);

    private static List<String> spells(long[] burstMillis) {
        List<String> parts = new ArrayList<>();
        if (burstMillis[0] > 0) parts.add(String.format(Locale.ROOT, "%,d s of reads", burstMillis[0] / 1000));
        if (burstMillis[1] > 0) parts.add(String.format(Locale.ROOT, "%,d s of writes", burstMillis[1] / 1000));
        return parts;
    }

    /** The subtitle's note on auto scaling steps too many to mark. */
    private static String unmarked(long decided, long applied) {
        if (decided + applied == 0) return "";
        List<String> parts = new ArrayList<>();
        if (decided > 0) parts.add(String.format(Locale.ROOT, "%,d decisions", decided));
        if (applied > 0) parts.add(String.format(Locale.ROOT, "%,d applications", applied));
        return "; auto scaling: " + String.join(", ", parts) + ", too many to mark";
    }

    /** Whether a dimension was consumed or throttled at all. */
    private static boolean used(CapacityTimeline data, String dim) {
        for (CapacityTimeline.Sample s : data.consumed()) {
            if (dim.equals("read") ? s.readPerSecond() + s.throttledReadPerSecond() > 0 : s.writePerSecond() + s.throttledWritePerSecond() > 0) return true;
        }
        return false;
    }

    private static LegendItem line(String label, Color paint, java.awt.Stroke stroke) {
        return new LegendItem(label, null, null, null, new java.awt.geom.Line2D.Double(-12, 0, 12, 0), stroke, paint);
    }

    private static java.awt.Shape triangle() {
        Path2D.Double p = new Path2D.Double();
        p.moveTo(0, -7);
        p.lineTo(7, 6);
        p.lineTo(-7, 6);
        p.closePath();
        return p;
    }
}
