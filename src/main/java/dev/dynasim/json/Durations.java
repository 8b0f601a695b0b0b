package dev.dynasim.json;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Simulated durations written as text: one or more whole numbers each followed by a unit, ms, s,
 * m, h or d, e.g. "500ms", "90s", "30m", "2h", "1h30m", "7d".
 */
public final class Durations {
    private static final Pattern PART = Pattern.compile("(\\d+)(ms|s|m|h|d)");

    private Durations() {
    }

    /** The duration in milliseconds; throws IllegalArgumentException with the accepted form when the text is not one. */
    public static long parse(String text) {
        if (text == null || text.isBlank()) throw new IllegalArgumentException(problem(text));
        Matcher m = PART.matcher(text.trim());
        long total = 0;
        int end = 0;
        while (m.find() && m.start() == end) {
            long n;
            try {
                n = Long.parseLong(m.group(1));
                total = Math.addExact(total, Math.multiplyExact(n, unit(m.group(2))));
            } catch (ArithmeticException | NumberFormatException e) {
                throw new IllegalArgumentException("duration too long: \"" + text + "\"");
            }
            end = m.end();
        }
        if (end == 0 || end != text.trim().length()) throw new IllegalArgumentException(problem(text));
        return total;
    }

    /** A duration in the shortest exact form, e.g. 5400000 gives "1h30m", 0 gives "0s". */
    public static String format(long millis) {
        if (millis == 0) return "0s";
        StringBuilder sb = new StringBuilder();
        long rest = millis;
        for (String u : new String[] {"d", "h", "m", "s", "ms"}) {
            long n = rest / unit(u);
            if (n > 0) sb.append(n).append(u);
            rest -= n * unit(u);
        }
        return sb.toString();
    }

    private static long unit(String unit) {
        return switch (unit) {
            case "ms" -> 1L;
            case "s" -> 1_000L;
            case "m" -> 60_000L;
            case "h" -> 3_600_000L;
            default -> 86_400_000L;
        };
    }

    private static String problem(String text) {
        return "not a duration: \"" + text + "\" (use a whole number and a unit: ms, s, m, h or d, e.g. 90s, 30m, 2h)";
    }
}
