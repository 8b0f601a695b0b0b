package dev.dynasim.chart;

import dev.dynasim.engine.billing.Bill;
import dev.dynasim.engine.billing.LineItem;
import dev.dynasim.engine.billing.PeriodSubtotal;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/** Hand-built bills for chart tests: lines and hours of given amounts. */
final class BillFixtures {
    static final long HOUR = 3_600_000;

    private BillFixtures() {
    }

    /** A line of {@code table} (null: the account) described as {@code what}, for {@code dollars}. */
    static LineItem line(String table, String what, String dollars) {
        return new LineItem(table, what, BigDecimal.ONE, "unit", new BigDecimal(dollars), new BigDecimal(dollars), "test");
    }

    /** Hour {@code n}'s subtotal of these lines. */
    static PeriodSubtotal hour(int n, LineItem... lines) {
        BigDecimal sum = BigDecimal.ZERO;
        for (LineItem l : lines) sum = sum.add(l.amount());
        return new PeriodSubtotal(n * HOUR, (n + 1) * HOUR, sum, List.of(lines));
    }

    /** A bill of these lines and hours. */
    static Bill bill(List<LineItem> lines, List<PeriodSubtotal> hours) {
        return new Bill("us-east-1", LocalDate.of(2025, 1, 1), BigDecimal.ONE, lines, hours);
    }
}
