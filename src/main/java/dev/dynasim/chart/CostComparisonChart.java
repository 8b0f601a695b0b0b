package dev.dynasim.chart;

import dev.dynasim.engine.billing.PeriodSubtotal;
import dev.dynasim.engine.sim.WhatIf;
import java.awt.Font;
import java.awt.Paint;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.annotations.XYTextAnnotation;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.labels.ItemLabelAnchor;
import org.jfree.chart.labels.ItemLabelPosition;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.category.BarRenderer;
import org.jfree.chart.renderer.category.StandardBarPainter;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.chart.title.TextTitle;
import org.jfree.chart.ui.TextAnchor;
import org.jfree.data.category.DefaultCategoryDataset;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;

/**
 * Chart 6, cost comparison: what the same workload costs on demand, provisioned, with auto scaling
 * and on a server cluster (the run's what-if outcomes). A run of several hours is drawn as each
 * option's charges cumulative hour by hour, labelled with its bill's total; a shorter run, where the
 * hourly subtotals give one point, as a bar per option of its bill's total.
 */
public final class CostComparisonChart implements CourseChart<CostComparison> {
    /** Runs with more hours than this are drawn over time; shorter ones as totals. */
    static final int MIN_HOURS_OVER_TIME = 2;
    private static final long HOUR = 3_600_000;

    @Override
    public String id() {
        return "cost-comparison";
    }

    @Override
    public String caption(CostComparison data) {
        CostComparison.Option cheapest = null;
        for (CostComparison.Option o : data.options()) if (cheapest == null || o.total().compareTo(cheapest.total()) < 0) cheapest = o;
        List<String> parts = new ArrayList<>();
        for (CostComparison.Option o : data.options()) {
            parts.add(o.option() + " " + BilledUsageChart.dollars(o.total()) + " (" + count(o.throttled()) + " throttled, " + count(o.failed())
                    + " failed)");
        }
        return "The same workload of " + data.scenario() + " priced " + ways(data) + ": " + String.join("; ", parts) + ". Cheapest: "
                + cheapest.option() + (cheapest.throttled() + cheapest.failed() > 0 ? ", but check what it refused." : ".");
    }

    private static String ways(CostComparison data) {
        int n = data.options().size();
        return n == 1 ? "one way" : n == 2 ? "two ways" : n == 3 ? "three ways" : n == 4 ? "four ways" : n + " ways";
    }

    private static String count(long n) {
        return String.format(Locale.ROOT, "%,d", n);
    }

    @Override
    public CostComparison data(ChartInput run) {
        if (run.whatIf().isEmpty()) return null;
        List<CostComparison.Option> options = new ArrayList<>();
        for (WhatIf.Outcome o : run.whatIf()) {
            List<BilledUsage.Point> points = new ArrayList<>(List.of(new BilledUsage.Point(0, BigDecimal.ZERO)));
            BigDecimal sum = BigDecimal.ZERO;
            for (PeriodSubtotal h : o.bill().hours()) {
                sum = sum.add(h.amount());
                points.add(new BilledUsage.Point(Math.min(h.toMillis(), Math.max(run.endMillis(), h.fromMillis() + 1)), sum));
            }
            options.add(new CostComparison.Option(o.option().label(), points, o.bill().total(), o.served(), o.throttled(), o.failed()));
        }
        return new CostComparison(run.scenario(), run.endMillis(), options);
    }

    /** Whether the run is long enough to draw over time. */
    static boolean overTime(CostComparison data) {
        return data.endMillis() > MIN_HOURS_OVER_TIME * HOUR;
    }

    @Override
    public JFreeChart draw(CostComparison data) {
        JFreeChart chart = overTime(data) ? lines(data) : bars(data);
        if (overTime(data)) {
            chart.addSubtitle(new TextTitle("charges before the free tier; net: the bill's total after it", new Font(ChartTheme.FONT, Font.PLAIN, 16)));
        }
        chart.addSubtitle(new TextTitle("throttled / failed requests: " + String.join(",  ", data.options().stream()
                .map(o -> o.option() + " " + count(o.throttled()) + " / " + count(o.failed())).toList()), new Font(ChartTheme.FONT, Font.PLAIN, 16)));
        return chart;
    }

    private static JFreeChart lines(CostComparison data) {
        TimeAxis time = TimeAxis.forRun(data.endMillis());
        XYSeriesCollection lines = new XYSeriesCollection();
        for (CostComparison.Option o : data.options()) {
            XYSeries s = new XYSeries(o.option(), false, true);
            for (BilledUsage.Point p : o.cumulative()) s.add(time.of(p.timeMillis()), p.dollars().doubleValue());
            lines.addSeries(s);
        }
        NumberAxis y = new NumberAxis("charged so far (US$)");
        y.setNumberFormatOverride(BilledUsageChart.dollarFormat("$#,##0.00"));
        XYLineAndShapeRenderer renderer = new XYLineAndShapeRenderer(true, false);
        XYPlot plot = new XYPlot(lines, time.axis(), y, renderer);
        for (CostComparison.Option o : data.options()) {
            BilledUsage.Point last = o.cumulative().get(o.cumulative().size() - 1);
            String net = BilledUsageChart.dollars(o.total()).equals(BilledUsageChart.dollars(last.dollars())) ? "" : " (net " + BilledUsageChart.dollars(o.total()) + ")";
            XYTextAnnotation label = new XYTextAnnotation(o.option() + " " + BilledUsageChart.dollars(last.dollars()) + net + " ", time.of(last.timeMillis()),
                    last.dollars().doubleValue());
            label.setFont(new Font(ChartTheme.FONT, Font.BOLD, 16));
            label.setTextAnchor(TextAnchor.BOTTOM_RIGHT);
            label.setBackgroundPaint(java.awt.Color.WHITE);
            plot.addAnnotation(label);
        }
        JFreeChart chart = ChartTheme.apply(new JFreeChart("Cost of one workload, " + ways(data) + ": " + data.scenario(), plot));
        for (int i = 0; i < data.options().size(); i++) {
            renderer.setSeriesPaint(i, ChartTheme.color(i));
            renderer.setSeriesStroke(i, ChartTheme.stroke(i));
        }
        return chart;
    }

    private static JFreeChart bars(CostComparison data) {
        DefaultCategoryDataset totals = new DefaultCategoryDataset();
        for (CostComparison.Option o : data.options()) totals.addValue(o.total().doubleValue(), "bill total", o.option());
        NumberAxis y = new NumberAxis("bill total for the run (US$)");
        boolean small = data.options().stream().allMatch(o -> o.total().abs().compareTo(BigDecimal.ONE) < 0);
        y.setNumberFormatOverride(BilledUsageChart.dollarFormat(small ? "$0.0000" : "$#,##0.00"));
        y.setUpperMargin(0.6);
        BarRenderer renderer = new BarRenderer() {
            @Override
            public Paint getItemPaint(int row, int column) {
                return ChartTheme.color(column);
            }
        };
        CategoryPlot plot = new CategoryPlot(totals, new CategoryAxis(null), y, renderer);
        plot.setOrientation(PlotOrientation.HORIZONTAL);
        plot.setRangeAxisLocation(org.jfree.chart.axis.AxisLocation.BOTTOM_OR_RIGHT);
        JFreeChart chart = ChartTheme.apply(new JFreeChart("Cost of one workload, " + ways(data) + ": " + data.scenario(), plot));
        chart.removeLegend();
        renderer.setBarPainter(new StandardBarPainter());
        renderer.setShadowVisible(false);
        renderer.setMaximumBarWidth(0.16);
        renderer.setDefaultItemLabelGenerator(new org.jfree.chart.labels.StandardCategoryItemLabelGenerator() {
            @Override
            public String generateLabel(org.jfree.data.category.CategoryDataset dataset, int row, int column) {
                CostComparison.Option o = data.options().get(column);
                long refused = o.throttled() + o.failed();
                List<String> parts = new ArrayList<>();
                if (o.throttled() > 0) parts.add(count(o.throttled()) + " throttled");
                if (o.failed() > 0) parts.add(count(o.failed()) + " failed");
                return " " + BilledUsageChart.dollars(o.total()) + (refused == 0 ? "" : "   (" + String.join(", ", parts) + ")");
            }
        });
        renderer.setDefaultItemLabelsVisible(true);
        renderer.setDefaultItemLabelFont(new Font(ChartTheme.FONT, Font.BOLD, 18));
        renderer.setDefaultPositiveItemLabelPosition(new ItemLabelPosition(ItemLabelAnchor.OUTSIDE3, TextAnchor.CENTER_LEFT));
        return chart;
    }
}
