package dev.dynasim.chart;

import dev.dynasim.engine.trace.ReplicationMetrics;
import dev.dynasim.engine.trace.TraceEvent;
import dev.dynasim.engine.trace.ZoneChanged;
import java.awt.Font;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.CombinedDomainXYPlot;
import org.jfree.chart.plot.IntervalMarker;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.chart.ui.Layer;
import org.jfree.chart.ui.RectangleAnchor;
import org.jfree.chart.ui.TextAnchor;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;

/**
 * Chart 7, replication: the share of eventually consistent reads that returned an older version (top
 * panel) and the followers' replication lag, median and 99th percentile (bottom panel), over time in
 * buckets of whole ticks, with each Availability Zone outage shaded.
 */
public final class ReplicationChart implements CourseChart<ReplicationTimeline> {
    /** At most about this many buckets over a run. */
    static final int MAX_BUCKETS = 120;

    @Override
    public String id() {
        return "replication";
    }

    @Override
    public String caption(ReplicationTimeline data) {
        long reads = 0;
        long stale = 0;
        long p99 = 0;
        for (ReplicationTimeline.Bucket b : data.buckets()) {
            reads += b.eventualReads();
            stale += b.staleReads();
            p99 = Math.max(p99, b.lagP99Millis());
        }
        StringBuilder sb = new StringBuilder("Replication in " + data.scenario() + ": ");
        if (reads == 0) sb.append("no eventually consistent reads, so no stale ones");
        else sb.append(String.format(Locale.ROOT, "%,d of %,d eventually consistent reads were stale (%s)", stale, reads, percent(100.0 * stale / reads)));
        sb.append(p99 == 0 ? "; no follower lag was measured." : String.format(Locale.ROOT, "; follower lag peaked at %,d ms (p99).", p99));
        if (!data.outages().isEmpty()) {
            ReplicationTimeline.Outage o = data.outages().get(0);
            long[] in = sums(data, o, true);
            long[] out = sums(data, o, false);
            sb.append(String.format(Locale.ROOT, " While %s was down (shaded) %s of reads were stale, against %s otherwise.", o.zone(),
                    percent(share(in)), percent(share(out))));
        }
        return sb.toString();
    }

    private static double share(long[] readsAndStale) {
        return readsAndStale[0] == 0 ? 0 : 100.0 * readsAndStale[1] / readsAndStale[0];
    }

    /** A percentage with two decimals, or three significant ones below 0.1% (so a few stale reads do not read as 0.00%). */
    static String percent(double p) {
        if (p == 0) return "0%";
        return p < 0.1 ? new java.math.BigDecimal(p).round(new java.math.MathContext(2)).stripTrailingZeros().toPlainString() + "%"
                : String.format(Locale.ROOT, "%.2f%%", p);
    }

    /** Reads and stale reads of the buckets inside ({@code inside}) or outside an outage. */
    private static long[] sums(ReplicationTimeline data, ReplicationTimeline.Outage o, boolean inside) {
        long[] s = new long[2];
        for (ReplicationTimeline.Bucket b : data.buckets()) {
            boolean in = b.toMillis() > o.fromMillis() && b.fromMillis() < o.toMillis();
            if (in != inside) continue;
            s[0] += b.eventualReads();
            s[1] += b.staleReads();
        }
        return s;
    }

    @Override
    public ReplicationTimeline data(ChartInput run) {
        List<ReplicationMetrics> metrics = run.ofType(ReplicationMetrics.class);
        if (metrics.isEmpty()) return null;
        long ticks = Math.max(1, (run.endMillis() + run.tickMillis() - 1) / run.tickMillis());
        long width = run.tickMillis() * Math.max(1, (ticks + MAX_BUCKETS - 1) / MAX_BUCKETS);
        TreeMap<Long, long[]> byBucket = new TreeMap<>();
        for (ReplicationMetrics m : metrics) {
            long[] b = byBucket.computeIfAbsent(Math.max(0, m.time() - 1) / width, i -> new long[4]);
            b[0] += m.eventualReads();
            b[1] += m.staleReads();
            b[2] = Math.max(b[2], m.lagP50Millis());
            b[3] = Math.max(b[3], m.lagP99Millis());
        }
        List<ReplicationTimeline.Bucket> buckets = new ArrayList<>();
        byBucket.forEach((i, b) -> buckets.add(new ReplicationTimeline.Bucket(i * width, Math.min((i + 1) * width, Math.max(run.endMillis(), i * width + 1)),
                b[0], b[1], b[2], b[3])));
        return new ReplicationTimeline(run.scenario(), run.endMillis(), width, buckets, outages(run.trace(), run.endMillis()));
    }

    /** Each zone's outages, from its first ZoneChanged down to its next up (events are written once per table). */
    static List<ReplicationTimeline.Outage> outages(List<TraceEvent> trace, long endMillis) {
        Map<String, Long> downSince = new LinkedHashMap<>();
        List<ReplicationTimeline.Outage> out = new ArrayList<>();
        for (TraceEvent e : trace) {
            if (!(e instanceof ZoneChanged z)) continue;
            if (!z.up()) downSince.putIfAbsent(z.zone(), z.time());
            else if (downSince.containsKey(z.zone())) out.add(new ReplicationTimeline.Outage(z.zone(), downSince.remove(z.zone()), z.time()));
        }
        downSince.forEach((zone, from) -> out.add(new ReplicationTimeline.Outage(zone, from, Math.max(from, endMillis))));
        return out;
    }

    @Override
    public JFreeChart draw(ReplicationTimeline data) {
        TimeAxis time = TimeAxis.forRun(data.endMillis());
        XYSeries stale = new XYSeries("stale reads (% of eventually consistent reads)", false, true);
        XYSeries p50 = new XYSeries("median follower lag", false, true);
        XYSeries p99 = new XYSeries("99th-percentile follower lag", false, true);
        for (ReplicationTimeline.Bucket b : data.buckets()) {
            double x = time.of(b.toMillis());
            stale.add(x, 100 * b.staleFraction());
            p50.add(x, b.lagP50Millis());
            p99.add(x, b.lagP99Millis());
        }
        NumberAxis staleAxis = new NumberAxis("stale reads (%)");
        staleAxis.setAutoRangeIncludesZero(true);
        if (data.buckets().stream().allMatch(b -> b.staleReads() == 0)) staleAxis.setRange(0, 1);
        XYLineAndShapeRenderer top = new XYLineAndShapeRenderer(true, false);
        XYPlot stalePlot = new XYPlot(new XYSeriesCollection(stale), null, staleAxis, top);
        XYSeriesCollection lags = new XYSeriesCollection();
        lags.addSeries(p50);
        lags.addSeries(p99);
        NumberAxis lagAxis = new NumberAxis("replication lag (ms)");
        lagAxis.setAutoRangeIncludesZero(true);
        XYLineAndShapeRenderer bottom = new XYLineAndShapeRenderer(true, false);
        XYPlot lagPlot = new XYPlot(lags, null, lagAxis, bottom);
        CombinedDomainXYPlot plot = new CombinedDomainXYPlot(time.axis());
        plot.setGap(14);
        boolean reads = data.buckets().stream().anyMatch(b -> b.eventualReads() > 0);
        boolean lag = data.buckets().stream().anyMatch(b -> b.lagP99Millis() > 0);
        List<XYPlot> panels = new ArrayList<>();
        if (reads) panels.add(stalePlot); // without eventually consistent reads there is no stale share to show
        if (lag || !reads) panels.add(lagPlot); // nor a lag panel when no lag was measured (a rate-level run)
        if (!lag) lagAxis.setRange(0, 1);
        for (XYPlot p : panels) plot.add(p, 1);
        for (ReplicationTimeline.Outage o : data.outages()) {
            for (XYPlot p : panels) {
                IntervalMarker m = new IntervalMarker(time.of(o.fromMillis()), time.of(o.toMillis()), ChartTheme.SHADE);
                if (p == panels.get(0)) {
                    m.setLabelPaint(java.awt.Color.BLACK);
                    m.setLabel(o.zone() + " down");
                    m.setLabelFont(new Font(ChartTheme.FONT, Font.BOLD, 16));
                    m.setLabelAnchor(RectangleAnchor.TOP_LEFT);
                    m.setLabelTextAnchor(TextAnchor.TOP_LEFT);
                    m.setLabelOffset(new org.jfree.chart.ui.RectangleInsets(4, 6, 4, 6));
                }
                p.addDomainMarker(m, Layer.BACKGROUND);
            }
        }
        String bucket = TimeBuckets.length(data.bucketMillis());
        String title = reads && lag ? "Stale reads and replication lag: " : reads ? "Stale reads: " : "Replication lag: ";
        JFreeChart chart = ChartTheme.apply(new JFreeChart(title + data.scenario(), plot));
        chart.addSubtitle(new org.jfree.chart.title.TextTitle((reads ? "" : "no eventually consistent reads in this run, so no stale reads; ")
                + (lag ? "" : "no follower lag measured in this run; ") + "per " + bucket + " of simulated time" + (lag ? "; lag is the worst of the bucket's ticks" : "")
                + (data.outages().isEmpty() ? "" : "; shaded: Availability Zone down"), new Font(ChartTheme.FONT, Font.PLAIN, 17)));
        top.setSeriesPaint(0, ChartTheme.HIGHLIGHT);
        top.setSeriesStroke(0, ChartTheme.stroke(0));
        bottom.setSeriesPaint(0, ChartTheme.color(0));
        bottom.setSeriesStroke(0, ChartTheme.stroke(0));
        bottom.setSeriesPaint(1, ChartTheme.color(1));
        bottom.setSeriesStroke(1, ChartTheme.stroke(1));
        return chart;
    }
}
