package dev.dynasim.engine.capacity;

/**
 * The daily limit on lowering a table's or a GSI's provisioned capacity (P12, example 44): in each UTC day, 4
 * decreases at any time, plus one more whenever there was none in the hour before, so at most 27 a day.
 * A capacity rule: UpdateTable keeps one per table and one per GSI; auto scaling obeys it.
 */
public final class DecreaseQuota {
    // facts P12 (section 5.4), from the developer guide's ServiceQuotas.md: 4 decreases, then 1 an hour after the last, 27 a UTC day
    /** Decreases allowed at any time in a UTC day: 4 (P12). */
    public static final int FREE_DECREASES = 4;
    /** The wait after a decrease before an extra one: an hour (P12). */
    public static final long EXTRA_AFTER_MILLIS = 3_600_000;
    private static final long DAY_MILLIS = 86_400_000;

    private long day = -1;
    private int today;
    private long last = Long.MIN_VALUE;

    /** Whether a decrease may be made at {@code now} (simulated ms since a UTC midnight). */
    public boolean allows(long now) {
        int made = Math.floorDiv(now, DAY_MILLIS) == day ? today : 0;
        return made < FREE_DECREASES || now - last >= EXTRA_AFTER_MILLIS;
    }

    /** Records a decrease made at {@code now}. */
    public void record(long now) {
        long d = Math.floorDiv(now, DAY_MILLIS);
        if (d != day) {
            day = d;
            today = 0;
        }
        today++;
        last = now;
    }

    /** Decreases made in the UTC day of {@code now}. */
    public int madeOn(long now) {
        return Math.floorDiv(now, DAY_MILLIS) == day ? today : 0;
    }
}
