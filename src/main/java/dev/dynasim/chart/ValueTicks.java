package dev.dynasim.chart;

import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;
import org.jfree.chart.axis.NumberTickUnit;

/** Value-axis ticks a slide can carry: about 5 to 8 labels at a round step (1, 2, 2.5 or 5 times a power of ten). */
final class ValueTicks {
    private ValueTicks() {
    }

    /** The tick unit for an axis from 0 to {@code top}: the smallest round step that gives at most 8 intervals. */
    static NumberTickUnit upTo(double top) {
        double least = top > 0 ? top / 8 : 1;
        double power = Math.pow(10, Math.floor(Math.log10(least)));
        double step = 10 * power;
        for (double m : new double[] {5, 2.5, 2, 1}) if (m * power >= least) step = m * power;
        return new NumberTickUnit(step, new DecimalFormat("#,##0.##", DecimalFormatSymbols.getInstance(Locale.ROOT)));
    }
}
