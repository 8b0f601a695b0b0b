package dev.dynasim.engine.workload;

import java.util.List;

/** Requests per second as a function of simulated time in milliseconds. */
public sealed interface RateShape permits ConstantRate, RampRate, DiurnalRate, SpikeRate, PhasedRate {
    /** Milliseconds in a simulated day. */
    long DAY_MILLIS = 86_400_000L;

    /** Requests per second at {@code timeMillis} (never negative). */
    double perSecond(long timeMillis);

    /** Expected requests in the tick starting at {@code tickStartMillis}: the rate there times the tick. */
    default double expectedRequests(long tickStartMillis, long tickMillis) {
        return perSecond(tickStartMillis) * tickMillis / 1000.0;
    }

    /** {@code perSecond} requests per second, always. */
    static RateShape constant(double perSecond) {
        return new ConstantRate(perSecond);
    }

    /** From {@code from} to {@code to} per second, linearly over {@code durationMillis} from {@code startMillis}. */
    static RateShape ramp(double from, double to, long startMillis, long durationMillis) {
        return new RampRate(from, to, startMillis, durationMillis);
    }

    /** A daily sinusoid around {@code mean} with {@code amplitude}, highest at {@code peakMillis} into each day. */
    static RateShape diurnal(double mean, double amplitude, long peakMillis) {
        return new DiurnalRate(mean, amplitude, peakMillis);
    }

    /** {@code base} per second, except {@code spike} per second during {@code [startMillis, startMillis + durationMillis)}. */
    static RateShape spike(double base, double spike, long startMillis, long durationMillis) {
        return new SpikeRate(base, spike, startMillis, durationMillis);
    }

    /** Piecewise: each phase's shape from its start, timed from that start. */
    static RateShape phases(List<PhasedRate.Phase> phases) {
        return new PhasedRate(phases);
    }
}
