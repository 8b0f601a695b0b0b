package dev.dynasim.engine.workload;

/** The same rate at all times. */
public record ConstantRate(double rate) implements RateShape {

    /** Checks the rate. */
    public ConstantRate {
        Rates.check(rate, "rate");
    }

    @Override
    public double perSecond(long timeMillis) {
        return rate;
    }
}
