package dev.dynasim.chart;

import dev.dynasim.engine.billing.Bill;
import dev.dynasim.engine.billing.LineItem;
import dev.dynasim.engine.billing.PeriodSubtotal;
import dev.dynasim.engine.model.BillingMode;
import dev.dynasim.engine.trace.CapacityChanged;
import dev.dynasim.engine.trace.PartitionSplit;
import dev.dynasim.engine.trace.TableCreated;
import dev.dynasim.engine.trace.TickMetrics;
import dev.dynasim.engine.trace.TraceEvent;
import java.awt.Font;
import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.annotations.XYTextAnnotation;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.StackedXYAreaRenderer2;
import org.jfree.chart.title.TextTitle;
import org.jfree.chart.ui.TextAnchor;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.DefaultTableXYDataset;

/**
 * Chart 5, billed usage: what the run's bill charged, cumulative over time, one line per kind of line
 * item (on-demand reads and writes, provisioned read and write capacity-hours, storage). Each hour's
 * amounts come from the bill's hourly line items, exactly; a run of one or two hours is drawn finer,
 * each hour's amount spread over its ticks in proportion to the usage the trace shows (units consumed
 * on demand; provisioned capacity in force and bytes stored, which are charged by time, busy or idle),
 * so the curve reaches the bill's figure at each hour's end.
 */
public final class BilledUsageChart implements CourseChart<BilledUsage> {
    /** The kinds of line item, in the order the chart shows them. */
    static final List<String> KINDS = List.of("on-demand reads", "on-demand writes", "provisioned read capacity", "provisioned write capacity",
            "storage", "other");
    /** Runs of at most this many hours are drawn tick by tick within the hour. */
    static final int FINE_HOURS = 2;
    /** At most about this many points per line when drawn tick by tick. */
    static final int MAX_POINTS = 240;
    private static final long HOUR = 3_600_000;
    private static final MathContext MC = MathContext.DECIMAL64;

    @Override
    public String id() {
        return "billed-usage";
    }

    @Override
    public String caption(BilledUsage data) {
        BilledUsage.Kind top = null;
        for (BilledUsage.Kind k : data.kinds()) if (top == null || k.total().compareTo(top.total()) > 0) top = k;
        StringBuilder sb = new StringBuilder("What the bill of " + data.scenario() + " charged over the run: " + dollars(data.charges()));
        if (top != null && data.charges().signum() > 0) {
            long share = top.total().multiply(BigDecimal.valueOf(100)).divide(data.charges(), 0, RoundingMode.HALF_UP).longValue();
            sb.append(", ").append(share).append("% of it ").append(top.kind());
        }
        sb.append('.');
        if (data.freeTier().signum() != 0) sb.append(" The free tier then credits ").append(dollars(data.freeTier().negate()))
                .append(", for a total of ").append(dollars(data.total())).append('.');
        sb.append(data.resolution().equals("hour") ? " Points at each hour's end." : " A steep stretch is when that usage was heavy.");
        return sb.toString();
    }

    @Override
    public BilledUsage data(ChartInput run) {
        Bill bill = run.bill();
        if (bill == null) return null;
        List<PeriodSubtotal> hours = bill.hours().stream().filter(h -> !h.lines().isEmpty()).toList();
        BigDecimal free = BigDecimal.ZERO;
        for (LineItem l : bill.lines()) if (l.table() == null) free = free.add(l.amount());
        Map<String, List<BilledUsage.Point>> points = new LinkedHashMap<>();
        Map<String, BigDecimal> sums = new LinkedHashMap<>();
        for (String k : KINDS) {
            points.put(k, new ArrayList<>(List.of(new BilledUsage.Point(0, BigDecimal.ZERO))));
            sums.put(k, BigDecimal.ZERO);
        }
        String resolution;
        if (hours.isEmpty()) { // no hourly subtotals: the whole run's charges at its end
            resolution = "run";
            for (LineItem l : bill.lines()) if (l.table() != null) sums.merge(kind(l), l.amount(), BigDecimal::add);
            for (String k : KINDS) points.get(k).add(new BilledUsage.Point(run.endMillis(), sums.get(k)));
        } else if (hours.size() > FINE_HOURS) {
            resolution = "hour";
            for (PeriodSubtotal h : hours) {
                for (LineItem l : h.lines()) sums.merge(kind(l), l.amount(), BigDecimal::add);
                long at = Math.min(h.toMillis(), Math.max(run.endMillis(), h.fromMillis() + 1));
                for (String k : KINDS) points.get(k).add(new BilledUsage.Point(at, sums.get(k)));
            }
        } else {
            resolution = "tick";
            Usage usage = usage(run);
            for (PeriodSubtotal h : hours) {
                Map<String, BigDecimal> amount = new HashMap<>();
                for (LineItem l : h.lines()) amount.merge(kind(l), l.amount(), BigDecimal::add);
                List<Long> ticks = new ArrayList<>(usage.byTick.subMap(h.fromMillis() + 1, h.toMillis() + 1).keySet());
                long end = Math.min(h.toMillis(), Math.max(run.endMillis(), h.fromMillis() + 1));
                if (ticks.isEmpty() || ticks.get(ticks.size() - 1) < end) ticks.add(end);
                int every = Math.max(1, (ticks.size() + MAX_POINTS - 1) / MAX_POINTS);
                for (String k : KINDS) {
                    BigDecimal a = amount.getOrDefault(k, BigDecimal.ZERO);
                    BigDecimal start = sums.get(k);
                    // weights summed as decimals, so a share is the money times an exact fraction of the traced usage
                    BigDecimal whole = BigDecimal.ZERO;
                    for (long t : ticks) whole = whole.add(BigDecimal.valueOf(usage.weight(t, k)));
                    boolean byUsage = whole.signum() > 0;
                    if (!byUsage) whole = BigDecimal.valueOf(ticks.size());
                    BigDecimal so = BigDecimal.ZERO;
                    for (int i = 0; i < ticks.size(); i++) {
                        long t = ticks.get(i);
                        so = so.add(byUsage ? BigDecimal.valueOf(usage.weight(t, k)) : BigDecimal.ONE);
                        boolean last = i == ticks.size() - 1;
                        if (!last && (i + 1) % every != 0) continue;
                        BigDecimal share = last ? a : a.multiply(so).divide(whole, MC);
                        points.get(k).add(new BilledUsage.Point(t, start.add(share)));
                    }
                    sums.put(k, start.add(a));
                }
            }
        }
        List<BilledUsage.Kind> kinds = new ArrayList<>();
        BigDecimal charges = BigDecimal.ZERO;
        for (String k : KINDS) {
            if (sums.get(k).signum() == 0) continue;
            kinds.add(new BilledUsage.Kind(k, points.get(k), sums.get(k)));
            charges = charges.add(sums.get(k));
        }
        if (kinds.isEmpty()) return null;
        return new BilledUsage(run.scenario(), run.endMillis(), resolution, kinds, charges, free, bill.total());
    }

    /** The kind of a bill line, from its description. */
    static String kind(LineItem l) {
        String w = l.what();
        if (w.startsWith("On-demand reads")) return "on-demand reads";
        if (w.startsWith("On-demand writes")) return "on-demand writes";
        if (w.startsWith("Provisioned read capacity")) return "provisioned read capacity";
        if (w.startsWith("Provisioned write capacity")) return "provisioned write capacity";
        if (w.startsWith("Storage")) return "storage";
        return "other";
    }

    /** What the trace shows of each kind's usage, tick by tick (keyed by the tick's end, every tick of the run). */
    private record Usage(TreeMap<Long, double[]> byTick) {
        double weight(long tick, String kind) {
            double[] w = byTick.get(tick);
            if (w == null) return 0;
            int i = KINDS.indexOf(kind);
            return i < w.length - 1 ? w[i] : 1;
        }
    }

    /**
     * Per tick: units consumed on demand (usage-based charges); the capacity in force while provisioned (table and
     * indexes, as of the tick's start) and the bytes stored (each partition's last known size, an idle partition's
     * too), which are charged by time, so a tick without traffic weighs as much as a busy one.
     */
    private static Usage usage(ChartInput run) {
        Map<String, Boolean> onDemand = new HashMap<>();
        Map<String, long[]> capacity = new HashMap<>(); // "table/index" -> read, write
        Map<List<Object>, Long> bytes = new HashMap<>(); // table, index, partition -> last known bytes
        TreeMap<Long, double[]> byTick = new TreeMap<>();
        List<TraceEvent> trace = run.trace();
        long tickMillis = run.tickMillis();
        int control = 0; // next event for the tables' modes and capacity (in force at the tick's start)
        int measured = 0; // next event for the tick's measurements
        long last = Math.max(tickMillis, run.endMillis());
        for (long t = tickMillis; ; t = Math.min(t + tickMillis, last)) {
            for (; control < trace.size() && trace.get(control).time() <= t - tickMillis; control++) {
                TraceEvent e = trace.get(control);
                if (e instanceof TableCreated c) {
                    onDemand.put(c.table(), c.mode() == BillingMode.PAY_PER_REQUEST);
                    capacity.put(c.table() + "/", new long[] {c.readCapacity(), c.writeCapacity()});
                } else if (e instanceof CapacityChanged c) {
                    if (c.index() == null) onDemand.put(c.table(), c.mode() == BillingMode.PAY_PER_REQUEST);
                    capacity.put(c.table() + "/" + (c.index() == null ? "" : c.index()), new long[] {c.readCapacity(), c.writeCapacity()});
                }
            }
            double[] w = new double[KINDS.size()];
            for (; measured < trace.size() && trace.get(measured).time() <= t; measured++) {
                TraceEvent e = trace.get(measured);
                if (e instanceof TickMetrics m) {
                    if (m.time() > t - tickMillis && onDemand.getOrDefault(m.table(), false)) {
                        w[0] += m.consumedReadUnits();
                        w[1] += m.consumedWriteUnits();
                    }
                    bytes.put(Arrays.asList(m.table(), m.index(), m.partition()), m.bytes());
                } else if (e instanceof PartitionSplit s) {
                    bytes.remove(Arrays.asList(s.table(), s.index(), s.parent()));
                }
            }
            for (Map.Entry<String, long[]> c : capacity.entrySet()) {
                if (onDemand.getOrDefault(c.getKey().substring(0, c.getKey().indexOf('/')), false)) continue;
                w[2] += c.getValue()[0];
                w[3] += c.getValue()[1];
            }
            for (long b : bytes.values()) w[4] += b;
            byTick.put(t, w);
            if (t >= last) break;
        }
        return new Usage(byTick);
    }

    @Override
    public JFreeChart draw(BilledUsage data) {
        TimeAxis time = TimeAxis.forRun(data.endMillis());
        DefaultTableXYDataset areas = new DefaultTableXYDataset();
        for (BilledUsage.Kind k : data.kinds()) {
            XYSeries s = new XYSeries(k.kind() + " (" + dollars(k.total()) + ")", false, false);
            for (BilledUsage.Point p : k.cumulative()) s.addOrUpdate(time.of(p.timeMillis()), p.dollars().doubleValue());
            areas.addSeries(s);
        }
        NumberAxis y = new NumberAxis("charged so far, stacked (US$)");
        y.setAutoRangeIncludesZero(true);
        y.setNumberFormatOverride(dollarFormat(data.charges().compareTo(BigDecimal.ONE) < 0 ? "$0.0000" : "$#,##0.00"));
        StackedXYAreaRenderer2 renderer = new StackedXYAreaRenderer2();
        renderer.setLegendArea(new java.awt.geom.Rectangle2D.Double(-7, -7, 14, 14));
        XYPlot plot = new XYPlot(areas, time.axis(), y, renderer);
        JFreeChart chart = ChartTheme.apply(new JFreeChart("Billed usage over time: " + data.scenario(), plot));
        chart.addSubtitle(new TextTitle("charges before the free tier by kind of line item, stacked: the top edge is the running total"
                + (data.resolution().equals("hour") ? " (at each hour's end)" : ""), new Font(ChartTheme.FONT, Font.PLAIN, 17)));
        for (int i = 0; i < data.kinds().size(); i++) renderer.setSeriesPaint(i, ChartTheme.color(i));
        BilledUsage.Point end = new BilledUsage.Point(0, BigDecimal.ZERO);
        for (BilledUsage.Kind k : data.kinds()) end = new BilledUsage.Point(Math.max(end.timeMillis(), k.cumulative().get(k.cumulative().size() - 1).timeMillis()), end.dollars().add(k.total()));
        XYTextAnnotation label = new XYTextAnnotation("charged " + dollars(data.charges()) + (dollars(data.total()).equals(dollars(data.charges())) ? ""
                : "; bill total " + dollars(data.total()) + " after the free tier") + " ", time.of(end.timeMillis()), end.dollars().doubleValue());
        label.setFont(new Font(ChartTheme.FONT, Font.BOLD, 17));
        label.setTextAnchor(TextAnchor.BOTTOM_RIGHT);
        plot.addAnnotation(label);
        y.setUpperMargin(0.12);
        return chart;
    }

    /** A tick-label format for dollars in {@code pattern}, the same in every default Locale. */
    static java.text.DecimalFormat dollarFormat(String pattern) {
        return new java.text.DecimalFormat(pattern, java.text.DecimalFormatSymbols.getInstance(Locale.ROOT));
    }

    /** An amount in dollars: to the cent from a dollar up, else to four significant digits (a short run costs fractions of a cent), below $0.0001 as {@code <$0.0001}. */
    static String dollars(BigDecimal amount) {
        BigDecimal abs = amount.abs();
        String s;
        if (abs.compareTo(BigDecimal.ONE) >= 0) s = String.format(Locale.ROOT, "%,.2f", abs.setScale(2, RoundingMode.HALF_UP));
        else if (abs.signum() == 0) s = "0";
        else if (abs.compareTo(new BigDecimal("0.0001")) < 0) return amount.signum() < 0 ? "-<$0.0001" : "<$0.0001";
        else {
            BigDecimal four = abs.round(new MathContext(4, RoundingMode.HALF_UP)).stripTrailingZeros();
            s = (four.scale() < 2 ? four.setScale(2) : four).toPlainString();
        }
        return (amount.signum() < 0 ? "-$" : "$") + s;
    }
}
