package dev.dynasim.shell;

import dev.dynasim.engine.table.ConsumedCapacity;
import java.util.Locale;

/** How the shell words consumed capacity: "consumed 0.5 RCU". */
final class Consumed {
    private Consumed() {
    }

    /** A short phrase for a read or write's consumed capacity, or "" when none was reported. */
    static String phrase(ConsumedCapacity c, String unit) {
        if (c == null) return "";
        return String.format(Locale.ROOT, "consumed %s %s", number(c.capacityUnits()), unit);
    }

    /** A capacity figure without a needless ".0". */
    static String number(double units) {
        return units == Math.rint(units) ? String.valueOf((long) units) : String.valueOf(units);
    }
}
