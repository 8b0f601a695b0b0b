package dev.dynasim.chart;

import org.jfree.chart.axis.NumberAxis;

/**
 * Simulated time on a chart's x axis in the unit that suits the run's length: seconds up to 5
 * minutes, minutes up to 5 hours, hours beyond; datasets keep milliseconds, drawings convert.
 */
public record TimeAxis(String unit, long millisPerUnit) {
    /** The unit for a run lasting {@code endMillis}. */
    public static TimeAxis forRun(long endMillis) {
        if (endMillis <= 5 * 60_000L) return new TimeAxis("s", 1_000);
        if (endMillis <= 5 * 3_600_000L) return new TimeAxis("min", 60_000);
        return new TimeAxis("h", 3_600_000);
    }

    /** A time in this unit. */
    public double of(long millis) {
        return (double) millis / millisPerUnit;
    }

    /** The x axis: "simulated time (min)" and so on, starting at 0. */
    public NumberAxis axis() {
        NumberAxis axis = new NumberAxis("simulated time (" + unit + ")");
        axis.setAutoRangeIncludesZero(true);
        return axis;
    }
}
