package dev.dynasim.shell;

import dev.dynasim.engine.model.AttributeValue;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Renders rows as an aligned text table, the way the shell prints items and lists. */
public final class TextTable {
    private static final int MAX_CELL = 40;

    private TextTable() {
    }

    /** Items as a table: one column per attribute (key attributes first), one row per item. */
    public static String items(List<Map<String, AttributeValue>> items, List<String> keyNames) {
        Set<String> columns = new LinkedHashSet<>(keyNames);
        for (Map<String, AttributeValue> item : items) columns.addAll(item.keySet());
        List<List<String>> rows = new ArrayList<>();
        for (Map<String, AttributeValue> item : items) {
            List<String> row = new ArrayList<>();
            for (String c : columns) {
                AttributeValue v = item.get(c);
                row.add(v == null ? "" : Values.text(v));
            }
            rows.add(row);
        }
        return render(new ArrayList<>(columns), rows);
    }

    /** Any rows under the given headers, columns padded to their widest cell. */
    public static String render(List<String> headers, List<List<String>> rows) {
        int[] widths = new int[headers.size()];
        for (int i = 0; i < widths.length; i++) widths[i] = headers.get(i).length();
        for (List<String> row : rows) {
            for (int i = 0; i < widths.length; i++) widths[i] = Math.max(widths[i], cell(row.get(i)).length());
        }
        StringBuilder sb = new StringBuilder();
        line(sb, headers, widths);
        List<String> rule = new ArrayList<>();
        for (int w : widths) rule.add("-".repeat(w));
        line(sb, rule, widths);
        for (List<String> row : rows) line(sb, row, widths);
        return sb.toString();
    }

    private static void line(StringBuilder sb, List<String> cells, int[] widths) {
        for (int i = 0; i < widths.length; i++) {
            String c = cell(cells.get(i));
            sb.append(c);
            if (i < widths.length - 1) sb.append(" ".repeat(widths[i] - c.length() + 2));
        }
        sb.append('\n');
    }

    private static String cell(String s) {
        String one = s.replace('\n', ' ');
        return one.length() <= MAX_CELL ? one : one.substring(0, MAX_CELL - 1) + "…";
    }
}
