package dev.dynasim.engine.partition;

import java.util.ArrayList;
import java.util.List;

/** Renders a {@link PartitionMap} as an aligned text table for students. */
final class PartitionTable {
    private static final String[] HEADERS = {"partition", "start", "end", "key space", "read/s", "write/s", "stored"};
    private static final boolean[] RIGHT = {false, false, false, true, true, true, true};

    private PartitionTable() {
    }

    /** The table: a summary line, a header row, and one row per partition in key order. */
    static String render(PartitionMap map) {
        List<String[]> rows = new ArrayList<>();
        rows.add(HEADERS);
        for (Partition p : map.partitions()) {
            rows.add(new String[] {p.id().toString(), p.range().start().toShortString(), p.range().endShortString(),
                Format.percent(p.range().ownership()), Format.units(p.allocated().readUnits()),
                Format.units(p.allocated().writeUnits()), Format.bytes(p.storedBytes())});
        }
        int[] widths = new int[HEADERS.length];
        for (String[] row : rows) for (int c = 0; c < row.length; c++) widths[c] = Math.max(widths[c], row[c].length());
        StringBuilder out = new StringBuilder();
        Throughput total = map.totalAllocated();
        out.append(map.size()).append(map.size() == 1 ? " partition, " : " partitions, ")
                .append(Format.units(total.readUnits())).append(" read / ").append(Format.units(total.writeUnits()))
                .append(" write units/s, ").append(Format.bytes(map.totalStoredBytes())).append(" stored\n");
        for (String[] row : rows) {
            StringBuilder line = new StringBuilder();
            for (int c = 0; c < row.length; c++) {
                if (c > 0) line.append("  ");
                String pad = " ".repeat(widths[c] - row[c].length());
                line.append(RIGHT[c] ? pad + row[c] : row[c] + pad);
            }
            out.append(line.toString().stripTrailing()).append('\n');
        }
        return out.toString();
    }
}
