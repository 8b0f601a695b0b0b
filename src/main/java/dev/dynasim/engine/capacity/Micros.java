package dev.dynasim.engine.capacity;

/**
 * Fixed-point capacity arithmetic: token amounts are held in micro-units (1e-6 unit) and rates in
 * milli-units per second, so that a rate times elapsed milliseconds is an exact count of micro-units.
 * Every request size is a multiple of half a unit (F2.1), so conversions of units are exact.
 */
final class Micros {
    /** Micro-units in one capacity unit. */
    static final long PER_UNIT = 1_000_000L;
    /** Milli-units in one capacity unit. */
    static final long MILLI_PER_UNIT = 1_000L;

    private Micros() {
    }

    /** {@code units} as micro-units, rounded to the nearest; negative amounts are rejected. */
    static long ofUnits(double units) {
        if (!(units >= 0) || Double.isInfinite(units)) {
            throw new IllegalArgumentException("units must be finite and >= 0: " + units);
        }
        return Math.round(units * PER_UNIT);
    }

    /** A rate in units per second as milli-units per second, rounded to the nearest. */
    static long rateOf(double unitsPerSecond) {
        if (!(unitsPerSecond >= 0) || Double.isInfinite(unitsPerSecond)) {
            throw new IllegalArgumentException("rate must be finite and >= 0: " + unitsPerSecond);
        }
        return Math.round(unitsPerSecond * MILLI_PER_UNIT);
    }

    /** Micro-units as units. */
    static double toUnits(long micros) {
        return (double) micros / PER_UNIT;
    }

    /** Milli-units per second as units per second. */
    static double rateToUnits(long milliPerSecond) {
        return (double) milliPerSecond / MILLI_PER_UNIT;
    }

    /** Micro-units accrued at {@code milliPerSecond} over {@code elapsedMillis}, saturating at Long.MAX_VALUE. */
    static long accrued(long milliPerSecond, long elapsedMillis) {
        if (milliPerSecond == 0 || elapsedMillis == 0) {
            return 0;
        }
        if (elapsedMillis > Long.MAX_VALUE / milliPerSecond) {
            return Long.MAX_VALUE;
        }
        return milliPerSecond * elapsedMillis;
    }

    /** Micro-units held by a bucket of {@code milliPerSecond} filled for {@code seconds}, saturating. */
    static long forSeconds(long milliPerSecond, long seconds) {
        return accrued(milliPerSecond, Math.multiplyExact(seconds, 1_000L));
    }
}
