package dev.dynasim.chart;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Paint;
import java.awt.Shape;
import java.awt.Stroke;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Rectangle2D;
import org.jfree.chart.JFreeChart;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.jfree.chart.StandardChartTheme;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.CombinedDomainXYPlot;
import org.jfree.chart.plot.Plot;
import org.jfree.chart.plot.DefaultDrawingSupplier;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYItemRenderer;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.chart.renderer.xy.XYStepRenderer;

/**
 * The one look of every course chart: DejaVu Sans at sizes readable on a slide, white background,
 * light grid, and series told apart by lightness and dash pattern as well as by hue, so that a chart
 * printed in greyscale still reads.
 */
public final class ChartTheme {
    /** Width of a chart at scale 1, in pixels: a 16:9 slide. */
    public static final int WIDTH = 1280;
    /** Height of a chart at scale 1, in pixels. */
    public static final int HEIGHT = 720;
    /** The font family of every text (Debian's fonts-dejavu-core). */
    public static final String FONT = "DejaVu Sans";

    /** Series colours, alternating dark and light so neighbours differ in grey too (Okabe-Ito hues). */
    public static final Color[] SERIES = {new Color(0x1B3A6B), new Color(0xE69F00), new Color(0x000000), new Color(0x56B4E9),
            new Color(0xB8336A), new Color(0x999999), new Color(0x009E73), new Color(0xF0E442)};
    /** What draws attention: a hot partition, a limit crossed. */
    public static final Color HIGHLIGHT = new Color(0xD55E00);
    /** Limits and reference lines. */
    public static final Color LIMIT = new Color(0x444444);
    /** Shaded periods (an outage): light enough for text on top. */
    public static final Color SHADE = new Color(0xDDDDDD);

    private static final float LINE = 2.5f;
    /** Dash patterns, one per series, repeating: solid, dashed, dotted, dash-dot. */
    private static final float[][] DASHES = {null, {10f, 6f}, {2.5f, 4f}, {12f, 5f, 2.5f, 5f}};

    private ChartTheme() {
    }

    /** The stroke of series {@code i}. */
    public static Stroke stroke(int i) {
        float[] dash = DASHES[i % DASHES.length];
        return dash == null ? new BasicStroke(LINE, BasicStroke.CAP_BUTT, BasicStroke.JOIN_ROUND)
                : new BasicStroke(LINE, BasicStroke.CAP_BUTT, BasicStroke.JOIN_ROUND, 10f, dash, 0f);
    }

    /** A dashed thin stroke for limits and reference lines. */
    public static Stroke limitStroke() {
        return new BasicStroke(2f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_ROUND, 10f, new float[] {8f, 6f}, 0f);
    }

    /** The colour of series {@code i}. */
    public static Color color(int i) {
        return SERIES[i % SERIES.length];
    }

    /** Applies the theme to a chart (fonts, colours, background, tick labels independent of the default Locale) and returns it. */
    public static JFreeChart apply(JFreeChart chart) {
        StandardChartTheme theme = new StandardChartTheme("dynasim");
        theme.setExtraLargeFont(new Font(FONT, Font.BOLD, 28));
        theme.setLargeFont(new Font(FONT, Font.BOLD, 20));
        theme.setRegularFont(new Font(FONT, Font.PLAIN, 18));
        theme.setSmallFont(new Font(FONT, Font.PLAIN, 15));
        theme.setChartBackgroundPaint(Color.WHITE);
        theme.setPlotBackgroundPaint(Color.WHITE);
        theme.setLegendBackgroundPaint(Color.WHITE);
        theme.setDomainGridlinePaint(new Color(0xCCCCCC));
        theme.setRangeGridlinePaint(new Color(0xCCCCCC));
        theme.setAxisLabelPaint(Color.BLACK);
        theme.setTickLabelPaint(Color.BLACK);
        theme.setShadowVisible(false);
        theme.setDrawingSupplier(new DefaultDrawingSupplier(SERIES.clone(), new Paint[] {Color.WHITE}, strokes(), strokes(),
                new Shape[] {new Rectangle2D.Double(-4, -4, 8, 8), new Ellipse2D.Double(-4, -4, 8, 8)}));
        theme.apply(chart);
        chart.setAntiAlias(true);
        chart.setTextAntiAlias(true);
        for (NumberAxis axis : numberAxes(chart.getPlot())) {
            // tick labels as 1,600 and 0.5 whatever the default Locale; an axis with whole-number ticks keeps them
            boolean integer = axis.getStandardTickUnits() != null && axis.getStandardTickUnits().getCeilingTickUnit(0.1).getSize() >= 1;
            axis.setStandardTickUnits(integer ? NumberAxis.createIntegerTickUnits(Locale.ROOT) : NumberAxis.createStandardTickUnits(Locale.ROOT));
        }
        if (chart.getPlot() instanceof XYPlot xy) {
            for (int r = 0; r < xy.getRendererCount(); r++) {
                XYItemRenderer renderer = xy.getRenderer(r);
                if (renderer == null) continue;
                for (int s = 0; s < xy.getSeriesCount(); s++) {
                    if (renderer.getSeriesStroke(s) == null) renderer.setSeriesStroke(s, stroke(s));
                }
            }
        }
        for (XYPlot xy : xyPlots(chart.getPlot())) {
            for (int r = 0; r < xy.getRendererCount(); r++) {
                // a line drawn as one path keeps its dash pattern across many short segments (a dense line otherwise looks solid)
                if (xy.getRenderer(r) instanceof XYLineAndShapeRenderer line && !(line instanceof XYStepRenderer)) line.setDrawSeriesLineAsPath(true);
            }
        }
        return chart;
    }

    /** Every XY plot of a plot: itself and its subplots. */
    static List<XYPlot> xyPlots(Plot plot) {
        List<XYPlot> out = new ArrayList<>();
        if (plot instanceof XYPlot xy) {
            out.add(xy);
            if (xy instanceof CombinedDomainXYPlot combined) for (XYPlot sub : combined.getSubplots()) out.addAll(xyPlots(sub));
        }
        return out;
    }

    /** The lightness of a colour in greyscale (Rec. 601 luma, 0 to 255). */
    static double luma(Color c) {
        return 0.299 * c.getRed() + 0.587 * c.getGreen() + 0.114 * c.getBlue();
    }

    /** Every number axis of a plot, of its subplots too. */
    static List<NumberAxis> numberAxes(Plot plot) {
        List<NumberAxis> out = new ArrayList<>();
        if (plot instanceof XYPlot xy) {
            for (int i = 0; i < xy.getDomainAxisCount(); i++) if (xy.getDomainAxis(i) instanceof NumberAxis a) out.add(a);
            for (int i = 0; i < xy.getRangeAxisCount(); i++) if (xy.getRangeAxis(i) instanceof NumberAxis a) out.add(a);
            if (xy instanceof CombinedDomainXYPlot combined) for (XYPlot sub : combined.getSubplots()) out.addAll(numberAxes(sub));
        } else if (plot instanceof CategoryPlot category) {
            for (int i = 0; i < category.getRangeAxisCount(); i++) if (category.getRangeAxis(i) instanceof NumberAxis a) out.add(a);
        }
        return out;
    }

    private static Stroke[] strokes() {
        Stroke[] out = new Stroke[DASHES.length];
        for (int i = 0; i < out.length; i++) out[i] = stroke(i);
        return out;
    }
}
