package dev.dynasim.engine.workload;

/** {@code from} before {@code startMillis}, {@code to} after the ramp, linear in between. */
public record RampRate(double from, double to, long startMillis, long durationMillis) implements RateShape {

    /** Checks the fields. */
    public RampRate {
        Rates.check(from, "from");
        Rates.check(to, "to");
        if (startMillis < 0 || durationMillis < 0) throw new IllegalArgumentException("ramp times must not be negative");
    }

    @Override
    public double perSecond(long timeMillis) {
        if (timeMillis <= startMillis) return from;
        if (timeMillis >= startMillis + durationMillis) return to;
        return from + (to - from) * (timeMillis - startMillis) / durationMillis;
    }
}
