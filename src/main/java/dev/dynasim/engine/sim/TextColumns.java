package dev.dynasim.engine.sim;

import java.util.ArrayList;
import java.util.List;

/** Rows of text cells rendered with aligned columns: text left-aligned, numbers right-aligned. */
final class TextColumns {
    private final List<String> headers;
    private final boolean[] rightAligned;
    private final List<List<String>> rows = new ArrayList<>();

    /** Columns with these headers; a header starting with '>' marks a right-aligned (numeric) column. */
    TextColumns(String... headers) {
        this.headers = new ArrayList<>();
        this.rightAligned = new boolean[headers.length];
        for (int i = 0; i < headers.length; i++) {
            rightAligned[i] = headers[i].startsWith(">");
            this.headers.add(rightAligned[i] ? headers[i].substring(1) : headers[i]);
        }
    }

    /** Adds a row of as many cells as there are headers. */
    TextColumns row(Object... cells) {
        if (cells.length != headers.size()) throw new IllegalArgumentException("row has " + cells.length + " cells");
        List<String> row = new ArrayList<>();
        for (Object c : cells) row.add(String.valueOf(c));
        rows.add(row);
        return this;
    }

    /** The table: a header line, then one line per row, each ending in "\n", indented by {@code indent}. */
    String render(String indent) {
        int[] widths = new int[headers.size()];
        for (int i = 0; i < widths.length; i++) widths[i] = headers.get(i).length();
        for (List<String> row : rows) {
            for (int i = 0; i < widths.length; i++) widths[i] = Math.max(widths[i], row.get(i).length());
        }
        StringBuilder sb = new StringBuilder();
        line(sb, indent, headers, widths);
        for (List<String> row : rows) line(sb, indent, row, widths);
        return sb.toString();
    }

    private void line(StringBuilder sb, String indent, List<String> cells, int[] widths) {
        StringBuilder line = new StringBuilder(indent);
        for (int i = 0; i < cells.size(); i++) {
            if (i > 0) line.append("  ");
            String c = cells.get(i);
            String pad = " ".repeat(widths[i] - c.length());
            line.append(rightAligned[i] ? pad + c : c + pad);
        }
        sb.append(line.toString().stripTrailing()).append('\n');
    }
}
