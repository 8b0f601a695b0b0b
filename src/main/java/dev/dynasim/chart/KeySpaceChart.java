package dev.dynasim.chart;

import dev.dynasim.engine.partition.Token;
import dev.dynasim.engine.trace.NoSplitHelps;
import dev.dynasim.engine.trace.PartitionSplit;
import dev.dynasim.engine.trace.TableCreated;
import dev.dynasim.engine.trace.TraceEvent;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.geom.Line2D;
import java.awt.geom.Rectangle2D;
import java.math.BigInteger;
import java.text.FieldPosition;
import java.text.NumberFormat;
import java.text.ParsePosition;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.LegendItem;
import org.jfree.chart.LegendItemCollection;
import org.jfree.chart.annotations.XYBoxAnnotation;
import org.jfree.chart.annotations.XYLineAnnotation;
import org.jfree.chart.annotations.XYTextAnnotation;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.NumberTickUnit;
import org.jfree.chart.axis.SymbolAxis;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.chart.ui.RectangleInsets;
import org.jfree.chart.ui.TextAnchor;
import org.jfree.data.xy.XYSeriesCollection;

/**
 * Chart 1, the key-space map: a base table's partitions as a horizontal band cut to scale across the
 * hashed key space (tokens 0 to 2^128), one band at creation ({@code TableCreated.partitionStarts})
 * and one after each split ({@code PartitionSplit}), or one at the end when there are many, with
 * the hot keys no split can help ({@code NoSplitHelps}; by token: the trace has no key values) marked
 * where they hash. The table is the one with the most splits.
 */
public final class KeySpaceChart implements CourseChart<KeySpaceMap> {
    /** Splits drawn as a band each when a table has at most this many; beyond, one band at the end. */
    static final int BANDS_PER_SPLIT = 4;
    /** The most keys marked. */
    static final int MAX_KEYS = 5;
    /** The narrowest a partition is drawn, as a fraction of the key space, so that a one-token partition shows. */
    private static final double MIN_DRAWN = 0.008;
    private static final double BAR = 0.6;
    /** The alternating shades of partitions (greyscale lightness about 210 and 237). */
    static final Color[] FILLS = {new Color(0xC6D4E8), new Color(0xEDEDED)};
    /** Partitions made by a split: an orange darker than both shades in greyscale too (about 171). */
    static final Color SPLIT_FILL = new Color(0xE8A040);

    @Override
    public String id() {
        return "key-space";
    }

    @Override
    public String caption(KeySpaceMap data) {
        KeySpaceMap.Band first = data.bands().get(0);
        KeySpaceMap.Band last = data.bands().get(data.bands().size() - 1);
        int splits = last.partitions().size() - first.partitions().size();
        String start = first.partitions().size() + (first.partitions().size() == 1 ? " partition" : " partitions") + " at creation";
        String end = splits == 0 ? ", never split" : ", " + last.partitions().size() + " after " + splits + (splits == 1 ? " split" : " splits");
        StringBuilder out = new StringBuilder("The key space of " + data.table() + " in " + data.scenario() + ": " + start + end + ".");
        if (!data.keys().isEmpty()) {
            KeySpaceMap.KeyMark key = data.keys().get(0);
            KeySpaceMap.Range owner = last.partitions().stream().filter(r -> r.partition() == key.partition()).findFirst().orElseThrow();
            out.append(" Hot key ").append(shortToken(key.keyToken())).append(" ends in P").append(owner.partition()).append(", ")
                    .append(owner.tokens().equals("1") ? "a partition of a single token: no split can spread its load."
                            : String.format(Locale.ROOT, "%.1f%% of the key space.", 100 * (owner.end() - owner.start())));
        }
        return out.toString();
    }

    @Override
    public KeySpaceMap data(ChartInput run) {
        Map<String, TableCreated> created = new LinkedHashMap<>();
        Map<String, List<PartitionSplit>> splits = new LinkedHashMap<>();
        for (TraceEvent e : run.trace()) {
            if (e instanceof TableCreated c) {
                created.put(c.table(), c);
                splits.put(c.table(), new ArrayList<>());
            } else if (e instanceof PartitionSplit s && s.index() == null && splits.containsKey(s.table())) {
                splits.get(s.table()).add(s);
            }
        }
        if (created.isEmpty()) return null;
        String table = null;
        for (String t : created.keySet()) if (table == null || splits.get(t).size() > splits.get(table).size()) table = t;
        List<KeySpaceMap.Band> bands = bands(created.get(table), splits.get(table), run.endMillis());
        return new KeySpaceMap(run.scenario(), table, run.endMillis(), bands, keys(run, table, bands.get(bands.size() - 1)));
    }

    private static List<KeySpaceMap.Band> bands(TableCreated table, List<PartitionSplit> splits, long endMillis) {
        List<Bound> layout = new ArrayList<>();
        List<String> starts = table.partitionStarts();
        for (int i = 0; i < starts.size(); i++) {
            layout.add(new Bound(i, token(starts.get(i)), i + 1 < starts.size() ? token(starts.get(i + 1)) : null));
        }
        List<KeySpaceMap.Band> bands = new ArrayList<>();
        TimeAxis time = TimeAxis.forRun(endMillis);
        bands.add(band(table.time(), "created (" + at(time, table.time()) + ")", layout, Set.of()));
        boolean each = splits.size() <= BANDS_PER_SPLIT;
        Set<Long> fresh = new HashSet<>();
        int together = 0;
        for (int i = 0; i < splits.size(); i++) {
            PartitionSplit s = splits.get(i);
            if (s.children().size() != 2) throw new ChartException("a split into " + s.children().size() + " partitions has no single split token");
            int at = -1;
            for (int j = 0; j < layout.size(); j++) if (layout.get(j).partition() == s.parent()) at = j;
            if (at < 0) throw new ChartException("split of P" + s.parent() + " of " + s.table() + ", which the trace never created");
            Bound parent = layout.remove(at);
            Token cut = token(s.splitToken());
            layout.add(at, new Bound(s.children().get(1), cut, parent.end()));
            layout.add(at, new Bound(s.children().get(0), parent.start(), cut));
            fresh.addAll(s.children());
            together++;
            boolean lastAtThisTime = i + 1 == splits.size() || splits.get(i + 1).time() != s.time();
            if (each && lastAtThisTime) {
                String what = together == 1 ? "after split" : "after " + together + " splits";
                bands.add(band(s.time(), what + " (" + at(time, s.time()) + ")", layout, fresh));
                fresh = new HashSet<>();
                together = 0;
            }
        }
        if (!each) bands.add(band(endMillis, "end (" + at(time, endMillis) + ")", layout, fresh));
        return bands;
    }

    private static String at(TimeAxis time, long millis) {
        return String.format(Locale.ROOT, "%,.0f %s", time.of(millis), time.unit());
    }

    private static KeySpaceMap.Band band(long timeMillis, String label, List<Bound> layout, Set<Long> fresh) {
        List<KeySpaceMap.Range> ranges = new ArrayList<>();
        for (Bound b : layout) {
            BigInteger end = b.end() == null ? Token.SPACE : b.end().toBigInteger();
            ranges.add(new KeySpaceMap.Range(b.partition(), b.start().toString(), b.end() == null ? null : b.end().toString(),
                    b.start().fraction(), b.end() == null ? 1.0 : b.end().fraction(), end.subtract(b.start().toBigInteger()).toString(),
                    fresh.contains(b.partition())));
        }
        return new KeySpaceMap.Band(timeMillis, label, ranges);
    }

    /**
     * The hot keys no split can help ({@code NoSplitHelps}) of a base table, the only keys a simulation trace names
     * (its request events carry no key token), at most {@link #MAX_KEYS} in token order.
     */
    private static List<KeySpaceMap.KeyMark> keys(ChartInput run, String table, KeySpaceMap.Band last) {
        Set<String> unsplittable = new java.util.TreeSet<>();
        for (TraceEvent e : run.trace()) {
            if (e instanceof NoSplitHelps n && n.index() == null && n.table().equals(table) && n.keyToken() != null) unsplittable.add(n.keyToken());
        }
        List<KeySpaceMap.KeyMark> marks = new ArrayList<>();
        for (String k : unsplittable.stream().limit(MAX_KEYS).toList()) {
            Token t = token(k);
            KeySpaceMap.Range owner = last.partitions().get(0);
            for (KeySpaceMap.Range r : last.partitions()) if (token(r.startToken()).compareTo(t) <= 0) owner = r;
            marks.add(new KeySpaceMap.KeyMark(k, t.fraction(), "hot key " + shortToken(k), owner.partition()));
        }
        marks.sort(Comparator.comparingDouble(KeySpaceMap.KeyMark::position));
        return marks;
    }

    private static Token token(String hex) {
        return Token.of(new BigInteger(hex, 16));
    }

    private static String shortToken(String hex) {
        return token(hex).toShortString();
    }

    /** A partition's range while the bands are built. */
    private record Bound(long partition, Token start, Token end) {
    }

    @Override
    public JFreeChart draw(KeySpaceMap data) {
        int n = data.bands().size();
        String[] labels = new String[n]; // band i at y = n - 1 - i, so the first band is on top (an inverted axis would flip the boxes)
        for (int i = 0; i < n; i++) labels[n - 1 - i] = data.bands().get(i).label();
        SymbolAxis y = new SymbolAxis(null, labels);
        y.setGridBandsVisible(false);
        double pad = Math.max(0, 3 - n) / 2.0; // a run with one or two bands keeps bands of the usual height, centred
        y.setRange(-0.75 - pad, n - 0.4 + (data.keys().isEmpty() ? 0 : 0.45) + pad);
        NumberAxis x = new NumberAxis("position in the hashed key space (first hex digits of the 128-bit token)");
        x.setRange(0, 1);
        x.setTickUnit(new NumberTickUnit(0.125, new HexFraction()));
        XYPlot plot = new XYPlot(new XYSeriesCollection(), x, y, new XYLineAndShapeRenderer());
        plot.setDomainGridlinesVisible(false);
        plot.setRangeGridlinesVisible(false);
        Font small = new Font(ChartTheme.FONT, Font.PLAIN, 15);
        Font bold = new Font(ChartTheme.FONT, Font.BOLD, 15);
        for (int k = 0; k < data.keys().size(); k++) { // first, so the bands cover the lines and a narrow partition shows
            KeySpaceMap.KeyMark key = data.keys().get(k);
            plot.addAnnotation(new XYLineAnnotation(key.position(), -0.5, key.position(), n - 0.5 + 0.15, ChartTheme.limitStroke(), Color.BLACK));
            XYTextAnnotation t = new XYTextAnnotation(key.label(), key.position(), n - 0.5 + 0.2 + 0.2 * (k % 2));
            t.setFont(bold);
            t.setTextAnchor(key.position() > 0.75 ? TextAnchor.BOTTOM_RIGHT : key.position() < 0.25 ? TextAnchor.BOTTOM_LEFT : TextAnchor.BOTTOM_CENTER);
            t.setPaint(Color.BLACK);
            plot.addAnnotation(t);
        }
        Map<Long, Integer> shade = new HashMap<>();
        for (int i = 0; i < n; i++) {
            double row = n - 1 - i;
            List<KeySpaceMap.Range> ranges = data.bands().get(i).partitions();
            for (int j = 0; j < ranges.size(); j++) {
                KeySpaceMap.Range r = ranges.get(j);
                double from = r.start();
                double to = r.end();
                boolean narrow = to - from < MIN_DRAWN;
                if (narrow) {
                    double mid = (from + to) / 2;
                    from = mid - MIN_DRAWN / 2;
                    to = mid + MIN_DRAWN / 2;
                }
                Color fill = narrow ? ChartTheme.HIGHLIGHT : r.split() ? SPLIT_FILL : FILLS[shade(shade, data, i, j)];
                plot.addAnnotation(new XYBoxAnnotation(from, row - BAR / 2, to, row + BAR / 2, new BasicStroke(1.2f), Color.DARK_GRAY, fill));
                String name = "P" + r.partition();
                if (narrow) {
                    XYTextAnnotation t = new XYTextAnnotation(name + " (" + tokens(r.tokens()) + ")", to + 0.004, row - BAR / 2 - 0.03);
                    t.setFont(bold);
                    t.setTextAnchor(TextAnchor.TOP_LEFT);
                    t.setPaint(Color.BLACK);
                    plot.addAnnotation(t);
                } else if (r.end() - r.start() >= 0.035) {
                    XYTextAnnotation t = new XYTextAnnotation(name, (r.start() + r.end()) / 2, row);
                    t.setFont(r.split() ? bold : small);
                    t.setPaint(Color.BLACK);
                    plot.addAnnotation(t);
                }
            }
        }
        LegendItemCollection legend = new LegendItemCollection();
        legend.add(box("partition (shades alternate)", FILLS[0]));
        if (data.bands().stream().anyMatch(b -> b.partitions().stream().anyMatch(KeySpaceMap.Range::split))) legend.add(box("made by a split", SPLIT_FILL));
        if (data.bands().stream().anyMatch(b -> b.partitions().stream().anyMatch(r -> r.end() - r.start() < MIN_DRAWN))) {
            legend.add(box("too narrow to draw to scale (widened)", ChartTheme.HIGHLIGHT));
        }
        if (!data.keys().isEmpty()) {
            LegendItem key = new LegendItem("where a hot key no split can help hashes", null, null, null, new Line2D.Double(-12, 0, 12, 0), ChartTheme.limitStroke(), Color.BLACK);
            legend.add(key);
        }
        plot.setFixedLegendItems(legend);
        JFreeChart chart = ChartTheme.apply(new JFreeChart("Partitions across the key space: " + data.table() + " in " + data.scenario(), plot));
        chart.setPadding(new RectangleInsets(4, 4, 4, 28)); // room for the last tick label, 2^128
        return chart;
    }

    /**
     * The shade of partition {@code j} of band {@code i}, kept from band to band: initial partitions
     * alternate, a split's first child keeps its parent's shade and the second takes the other one.
     */
    private static int shade(Map<Long, Integer> shades, KeySpaceMap data, int i, int j) {
        List<KeySpaceMap.Range> ranges = data.bands().get(i).partitions();
        long id = ranges.get(j).partition();
        Integer known = shades.get(id);
        if (known != null) return known;
        int s = i == 0 ? j % 2 : 0;
        if (i > 0) {
            List<KeySpaceMap.Range> before = data.bands().get(i - 1).partitions();
            for (KeySpaceMap.Range p : before) {
                if (p.start() <= ranges.get(j).start() && ranges.get(j).end() <= p.end()) {
                    s = shades.getOrDefault(p.partition(), 0) ^ (p.start() == ranges.get(j).start() ? 0 : 1);
                }
            }
        }
        shades.put(id, s);
        return s;
    }

    private static String tokens(String count) {
        return count.equals("1") ? "1 token" : count + " tokens";
    }

    private static LegendItem box(String label, Color fill) {
        LegendItem item = new LegendItem(label, null, null, null, new Rectangle2D.Double(-8, -8, 16, 16), fill, new BasicStroke(1.2f), Color.DARK_GRAY);
        return item;
    }

    /** Tick labels of the key-space axis: a fraction of 2^128 as the token's first two hex digits, 2^128 at the top. */
    private static final class HexFraction extends NumberFormat {
        @Override
        public StringBuffer format(double number, StringBuffer out, FieldPosition pos) {
            long v = Math.round(number * 256);
            return out.append(v >= 256 ? "2^128" : String.format(Locale.ROOT, "%02x…", v));
        }

        @Override
        public StringBuffer format(long number, StringBuffer out, FieldPosition pos) {
            return format((double) number, out, pos);
        }

        @Override
        public Number parse(String source, ParsePosition pos) {
            return null;
        }
    }
}
