package dev.dynasim.engine.billing;

import java.math.MathContext;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;

/** A bill as text: the aligned line items with the total, then the charges by hour or by day. */
final class BillText {
    private static final long HOUR_MILLIS = 3_600_000;
    /** Up to this many hours the subtotals are shown hour by hour, beyond it day by day. */
    private static final int MAX_HOURLY_ROWS = 48;

    private BillText() {
    }

    static String render(Bill bill) {
        List<String[]> rows = new ArrayList<>();
        rows.add(new String[] {"table", "item", "quantity", "unit", "unit price", "amount"});
        for (LineItem l : bill.lines()) {
            rows.add(new String[] {l.table() == null ? "(account)" : l.table(), l.what(),
                    l.quantity().round(new MathContext(6)).stripTrailingZeros().toPlainString(), l.unit(),
                    "$" + l.unitPrice().toPlainString(), Bill.money(l.amount())});
        }
        rows.add(new String[] {"", "Total", "", "", "", Bill.money(bill.total())});
        String span = bill.periodHours().setScale(4, RoundingMode.HALF_UP).stripTrailingZeros().toPlainString();
        StringBuilder sb = new StringBuilder("Bill for " + span + " hours in " + bill.region() + ", prices of " + bill.pricedOn() + "\n");
        table(sb, rows, 2);
        if (bill.hours().isEmpty()) return sb.toString();
        boolean hourly = bill.hours().size() <= MAX_HOURLY_ROWS;
        List<String[]> periods = new ArrayList<>();
        periods.add(new String[] {hourly ? "hour" : "day", "from", "charges"});
        for (PeriodSubtotal p : hourly ? bill.hours() : bill.days()) {
            long number = p.fromMillis() / (hourly ? HOUR_MILLIS : 24 * HOUR_MILLIS);
            periods.add(new String[] {String.valueOf(number), clock(p.fromMillis()), Bill.money(p.amount())});
        }
        sb.append('\n').append(hourly ? "Charges by hour" : "Charges by day").append(" (before the free tier, credited once for the period)\n");
        table(sb, periods, 2);
        return sb.toString();
    }

    /** Simulated time as day and hh:mm, e.g. "d0 13:00". */
    private static String clock(long millis) {
        long hours = millis / HOUR_MILLIS;
        return String.format(java.util.Locale.ROOT, "d%d %02d:%02d", hours / 24, hours % 24, millis % HOUR_MILLIS / 60_000);
    }

    /** Appends rows as aligned columns: text columns before {@code firstNumber} left-aligned, the rest right-aligned (but "unit"). */
    private static void table(StringBuilder sb, List<String[]> rows, int firstNumber) {
        int n = rows.get(0).length;
        int[] w = new int[n];
        for (String[] r : rows) for (int i = 0; i < n; i++) w[i] = Math.max(w[i], r[i].length());
        for (String[] r : rows) {
            StringBuilder line = new StringBuilder();
            for (int i = 0; i < n; i++) {
                boolean right = i >= firstNumber && !(n == 6 && i == 3);
                String pad = " ".repeat(w[i] - r[i].length());
                line.append(i == 0 ? "" : "  ").append(right ? pad + r[i] : r[i] + pad);
            }
            sb.append(line.toString().stripTrailing()).append('\n');
        }
    }
}
