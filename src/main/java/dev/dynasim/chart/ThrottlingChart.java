package dev.dynasim.chart;

import dev.dynasim.engine.trace.RequestServed;
import dev.dynasim.engine.trace.RequestThrottled;
import dev.dynasim.engine.trace.TickMetrics;
import dev.dynasim.engine.trace.TraceEvent;
import java.awt.Color;
import java.awt.geom.Rectangle2D;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.StackedXYAreaRenderer2;
import org.jfree.chart.ui.RectangleInsets;
import org.jfree.data.xy.DefaultTableXYDataset;
import org.jfree.data.xy.XYSeries;

/**
 * Chart 3, throttling over time: requests served and throttled per second as stacked areas (their
 * top edge is the traffic offered), the throttled ones split by reason. Served requests are counted
 * on base tables (a partition's TickMetrics count, else its RequestServed events), and on indexes only
 * for Query and Scan (a write's index update is not a request of its own); throttled requests are
 * counted wherever they were refused. Rate-level traffic has no RequestThrottled events: a base
 * partition's tick that throttled requests none of them explains counts its TickMetrics figure under
 * {@link #UNTRACED}.
 */
public final class ThrottlingChart implements CourseChart<ThrottlingTimeline> {
    /** The reason shown for requests a base partition's TickMetrics count as throttled with no RequestThrottled (rate-level traffic). */
    static final String UNTRACED = "reason not traced at rate level";
    /** The fill of served requests. */
    static final Color SERVED_FILL = ChartTheme.color(0);
    /**
     * Fills of the throttling reasons, the first {@link ChartTheme#HIGHLIGHT}: each of a different lightness from served
     * and from one another, so they differ in grey too (luma about 119, 213, 158, 84, 187 and 239; served 54).
     */
    static final Color[] REASON_FILLS = {ChartTheme.HIGHLIGHT, ChartTheme.color(7), ChartTheme.color(3), new Color(0x9E2A6E),
            new Color(0xBBBBBB), new Color(0xE8F0F9)};

    @Override
    public String id() {
        return "throttling";
    }

    @Override
    public String caption(ThrottlingTimeline data) {
        long throttled = data.throttledRequests();
        long total = data.servedRequests() + throttled;
        if (throttled == 0) {
            return "No request was throttled in " + data.scenario() + ": all " + count(total) + " requests were served.";
        }
        int peak = 0;
        double peakRate = -1;
        for (int i = 0; i < data.buckets().size(); i++) {
            double rate = data.buckets().get(i).throttledPerSecond().stream().mapToDouble(Double::doubleValue).sum();
            if (rate > peakRate) {
                peakRate = rate;
                peak = i;
            }
        }
        String reasons = data.reasons().size() == 1 ? "all " + forReason(data.reasons().get(0).reason())
                : "most " + forReason(data.reasons().get(0).reason()) + " (" + percent(data.reasons().get(0).requests(), throttled) + ")";
        TimeAxis time = TimeAxis.forRun(data.endMillis());
        return "Of " + count(total) + " requests in " + data.scenario() + ", " + count(throttled) + " (" + percent(throttled, total)
                + ") were throttled, " + reasons + ". Throttling peaked at " + count(Math.round(peakRate)) + " requests/s at "
                + String.format(Locale.ROOT, "%,.0f", time.of(data.buckets().get(peak).toMillis())) + " " + time.unit() + ".";
    }

    private static String count(long n) {
        return String.format(Locale.ROOT, "%,d", n);
    }

    /** A share as a whole percentage, never rounded to 0% or 100% when it is neither: {@code <1%}, {@code >99%}. */
    static String percent(long part, long whole) {
        if (part > 0 && 100.0 * part / whole < 0.5) return "<1%";
        if (part < whole && 100.0 * part / whole >= 99.5) return ">99%";
        return String.format(Locale.ROOT, "%.0f%%", 100.0 * part / whole);
    }

    private static String forReason(String reason) {
        return reason.equals(UNTRACED) ? "at rate level, where the trace gives no reason" : "for " + reason;
    }

    /** The legend label of a reason's area. */
    static String label(String reason) {
        return reason.equals(UNTRACED) ? "throttled (" + UNTRACED + ")" : "throttled: " + reason;
    }

    @Override
    public ThrottlingTimeline data(ChartInput run) {
        TimeBuckets buckets = TimeBuckets.forRun(run.tickMillis(), run.endMillis());
        long[] served = new long[buckets.count()];
        Map<String, long[]> throttled = new LinkedHashMap<>();
        long servedTotal = 0;
        boolean any = false;
        // a base partition's tick: its requests served (RequestServed, replaced by TickMetrics when present) and
        // whether any RequestThrottled explains its throttling (a table's events with partition -1 count for all its partitions)
        Map<List<Object>, Long> servedByPartition = new LinkedHashMap<>();
        Set<List<Object>> explained = new HashSet<>();
        List<TickMetrics> throttledTicks = new ArrayList<>();
        for (TraceEvent e : run.trace()) {
            if (e instanceof RequestServed s && s.index() == null) {
                servedByPartition.merge(List.of(s.time(), s.table(), s.partition(), false), s.requests(), Long::sum);
                any = true;
            } else if (e instanceof RequestServed s && (s.operation().equals("Query") || s.operation().equals("Scan"))) {
                served[buckets.of(s.time())] += s.requests();
                servedTotal += s.requests();
                any = true;
            } else if (e instanceof RequestThrottled t) {
                throttled.computeIfAbsent(t.reason(), r -> new long[buckets.count()])[buckets.of(t.time())] += t.requests();
                explained.add(List.of(t.time(), t.table(), t.partition()));
                any = true;
            } else if (e instanceof TickMetrics m && m.index() == null) {
                List<Object> key = List.of(m.time(), m.table(), m.partition(), false);
                servedByPartition.remove(key);
                servedByPartition.put(List.of(m.time(), m.table(), m.partition(), true), m.servedRequests());
                if (m.throttledRequests() > 0) throttledTicks.add(m);
                any |= m.servedRequests() + m.throttledRequests() > 0;
            }
        }
        for (Map.Entry<List<Object>, Long> p : servedByPartition.entrySet()) {
            served[buckets.of((Long) p.getKey().get(0))] += p.getValue();
            servedTotal += p.getValue();
        }
        for (TickMetrics m : throttledTicks) {
            if (explained.contains(List.of(m.time(), m.table(), m.partition())) || explained.contains(List.of(m.time(), m.table(), -1L))) continue;
            throttled.computeIfAbsent(UNTRACED, r -> new long[buckets.count()])[buckets.of(m.time())] += m.throttledRequests();
        }
        if (!any) return null;
        List<ThrottlingTimeline.ReasonTotal> reasons = new ArrayList<>();
        throttled.forEach((reason, counts) -> reasons.add(new ThrottlingTimeline.ReasonTotal(reason, Arrays.stream(counts).sum())));
        reasons.sort(Comparator.comparingLong(ThrottlingTimeline.ReasonTotal::requests).reversed()
                .thenComparing(ThrottlingTimeline.ReasonTotal::reason));
        List<ThrottlingTimeline.Bucket> out = new ArrayList<>();
        for (int i = 0; i < buckets.count(); i++) {
            double seconds = buckets.seconds(i);
            List<Double> perReason = new ArrayList<>();
            for (ThrottlingTimeline.ReasonTotal r : reasons) perReason.add(throttled.get(r.reason())[i] / seconds);
            out.add(new ThrottlingTimeline.Bucket(buckets.start(i), buckets.end(i), served[i] / seconds, perReason));
        }
        return new ThrottlingTimeline(run.scenario(), run.endMillis(), buckets.bucketMillis(), servedTotal, reasons, out);
    }

    @Override
    public JFreeChart draw(ThrottlingTimeline data) {
        TimeAxis time = TimeAxis.forRun(data.endMillis());
        DefaultTableXYDataset areas = new DefaultTableXYDataset();
        XYSeries served = new XYSeries("served", false, false);
        for (ThrottlingTimeline.Bucket b : data.buckets()) served.add(time.of(b.toMillis()), b.servedPerSecond());
        areas.addSeries(served);
        for (int r = 0; r < data.reasons().size(); r++) {
            XYSeries s = new XYSeries(label(data.reasons().get(r).reason()), false, false);
            for (ThrottlingTimeline.Bucket b : data.buckets()) s.add(time.of(b.toMillis()), b.throttledPerSecond().get(r));
            areas.addSeries(s);
        }
        double top = 0;
        for (ThrottlingTimeline.Bucket b : data.buckets()) {
            top = Math.max(top, b.servedPerSecond() + b.throttledPerSecond().stream().mapToDouble(Double::doubleValue).sum());
        }
        NumberAxis y = new NumberAxis("requests per second");
        y.setAutoRangeIncludesZero(true);
        y.setTickUnit(ValueTicks.upTo(top * 1.05));
        StackedXYAreaRenderer2 renderer = new StackedXYAreaRenderer2();
        renderer.setLegendArea(new Rectangle2D.Double(-8, -8, 16, 16));
        NumberAxis x = time.axis();
        x.setRange(0, time.of(data.endMillis()));
        XYPlot plot = new XYPlot(areas, x, y, renderer);
        String title = "Requests served and throttled: " + data.scenario();
        JFreeChart chart = ChartTheme.apply(new JFreeChart(title, plot));
        chart.setPadding(new RectangleInsets(4, 4, 4, 20)); // room for the last time tick label
        renderer.setSeriesPaint(0, SERVED_FILL); // after the theme, which resets series paints
        for (int r = 0; r < data.reasons().size(); r++) renderer.setSeriesPaint(r + 1, REASON_FILLS[r % REASON_FILLS.length]);
        return chart;
    }
}
