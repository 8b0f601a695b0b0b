package dev.dynasim.engine.workload;

/** {@code base} per second, and {@code spike} per second (the whole rate) in {@code [startMillis, startMillis + durationMillis)}. */
public record SpikeRate(double base, double spike, long startMillis, long durationMillis) implements RateShape {

    /** Checks the fields. */
    public SpikeRate {
        Rates.check(base, "base");
        Rates.check(spike, "spike");
        if (startMillis < 0 || durationMillis < 0) throw new IllegalArgumentException("spike times must not be negative");
    }

    @Override
    public double perSecond(long timeMillis) {
        return timeMillis >= startMillis && timeMillis - startMillis < durationMillis ? spike : base;
    }
}
