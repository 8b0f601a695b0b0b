package dev.dynasim.engine.workload;

/**
 * A daily cycle: {@code mean + amplitude * cos(2π (t - peakMillis) / 24 h)}, floored at 0, so the
 * rate peaks at {@code peakMillis} into each simulated day and is lowest twelve hours later.
 */
public record DiurnalRate(double mean, double amplitude, long peakMillis) implements RateShape {

    /** Checks the fields. */
    public DiurnalRate {
        Rates.check(mean, "mean");
        Rates.check(amplitude, "amplitude");
    }

    @Override
    public double perSecond(long timeMillis) {
        long phase = Math.floorMod(timeMillis - peakMillis, DAY_MILLIS);
        return Math.max(0.0, mean + amplitude * Math.cos(2 * Math.PI * phase / DAY_MILLIS));
    }
}
