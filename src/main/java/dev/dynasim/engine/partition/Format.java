package dev.dynasim.engine.partition;

import java.util.Locale;

/** Number formatting shared by the student-facing texts of this package. */
final class Format {
    private static final String[] BYTE_UNITS = {"B", "KB", "MB", "GB", "TB"};
    private static final double KIBI = 1024.0;

    private Format() {
    }

    /** Units per second: whole numbers without decimals, others with two. */
    static String units(double v) {
        if (v == Math.rint(v) && Math.abs(v) < 1e15) return String.format(Locale.ROOT, "%,d", (long) v);
        return String.format(Locale.ROOT, "%,.2f", v);
    }

    /** A share of the key space as a percentage. */
    static String percent(double share) {
        return String.format(Locale.ROOT, "%.2f%%", share * 100);
    }

    /** A simulated duration: "5 min", "4 min 10 s", "1 h 2 min", or seconds with decimals below a second's precision. */
    static String duration(long millis) {
        if (millis % 1000 != 0) return String.format(Locale.ROOT, "%.3f s", millis / 1000.0);
        long s = millis / 1000;
        StringBuilder out = new StringBuilder();
        if (s >= 3600) out.append(s / 3600).append(" h ");
        if (s % 3600 >= 60) out.append(s % 3600 / 60).append(" min ");
        if (s % 60 != 0 || s == 0) out.append(s % 60).append(" s ");
        return out.toString().trim();
    }

    /** Bytes in binary units (1 KB = 1,024 B). */
    static String bytes(long bytes) {
        double v = bytes;
        int unit = 0;
        while (Math.abs(v) >= KIBI && unit < BYTE_UNITS.length - 1) {
            v /= KIBI;
            unit++;
        }
        return unit == 0 ? bytes + " B" : String.format(Locale.ROOT, "%.2f %s", v, BYTE_UNITS[unit]);
    }
}
