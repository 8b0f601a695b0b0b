package dev.dynasim.notebook;

import java.util.ArrayList;
import java.util.List;

/**
 * A code cell's source split into its Jupyter magics and its Java: a line that starts with {@code %}
 * is a line magic ({@code %jars PATH...} is understood, any other is named in {@link #unsupported}),
 * and a first line that starts with {@code %%} a cell magic (never understood: the cell is not Java).
 * An indented {@code %} (a remainder operator on a continuation line) is Java.
 */
public record CellCode(String java, List<String> jars, List<String> unsupported) {
    /** The magic that adds jars to the class path. */
    static final String JARS = "%jars";

    /** Copies the lists. */
    public CellCode {
        jars = List.copyOf(jars);
        unsupported = List.copyOf(unsupported);
    }

    /** The cell source {@code source} split into magics and Java (magic lines are removed from the Java). */
    public static CellCode of(String source) {
        List<String> jars = new ArrayList<>();
        List<String> unsupported = new ArrayList<>();
        StringBuilder java = new StringBuilder();
        String[] lines = source.split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i];
            if (!line.startsWith("%")) {
                java.append(line).append('\n');
                continue;
            }
            String[] words = line.strip().split("\\s+");
            if (words[0].startsWith("%%") && i == firstNonBlank(lines)) {
                unsupported.add(words[0]);
                return new CellCode("", jars, unsupported);
            }
            if (words[0].equals(JARS)) {
                for (int w = 1; w < words.length; w++) jars.add(words[w]);
            } else {
                unsupported.add(words[0]);
            }
        }
        return new CellCode(java.toString().strip(), jars, unsupported);
    }

    private static int firstNonBlank(String[] lines) {
        for (int i = 0; i < lines.length; i++) if (!lines[i].isBlank()) return i;
        return -1;
    }
}
