package dev.dynasim.engine.sim;

import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

/** A what-if replay's outcomes side by side, as text: totals, served, throttled and failed, then each bill. */
public record WhatIfComparison(String scenario, LocalDate pricedOn, List<WhatIf.Outcome> outcomes) {
    /** Copies the outcomes. */
    public WhatIfComparison {
        outcomes = List.copyOf(outcomes);
    }

    /** The side-by-side table, a note per option that has one, and each option's bill. */
    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder("Scenario " + scenario + ": the same traffic under each option, at the prices of "
                + pricedOn + "\n");
        sb.append(String.format(Locale.ROOT, "  %-14s %12s %14s %12s %10s %10s%n", "option", "total", "served", "throttled", "failed",
                "% refused"));
        for (WhatIf.Outcome o : outcomes) {
            long all = o.served() + o.throttled() + o.failed();
            sb.append(String.format(Locale.ROOT, "  %-14s %12s %,14d %,12d %,10d %9.1f%%%n", o.option().label(),
                    "$" + o.bill().total().setScale(2, RoundingMode.HALF_UP).toPlainString(), o.served(), o.throttled(), o.failed(),
                    all == 0 ? 0.0 : 100.0 * (o.throttled() + o.failed()) / all));
        }
        sb.append("  (failed: DynamoDB's other errors, e.g. AccessDeniedException or InternalServerError;"
                + " for the server cluster, queued past its timeout)\n");
        for (WhatIf.Outcome o : outcomes) if (!o.detail().isEmpty()) sb.append("  ").append(o.option().label()).append(": ").append(o.detail()).append('\n');
        for (WhatIf.Outcome o : outcomes) sb.append('\n').append(o.option().label()).append(":\n").append(o.bill());
        return sb.toString();
    }
}
