package dev.dynasim.lesson;

import java.util.ArrayList;
import java.util.List;
import jdk.jshell.JShell;
import jdk.jshell.SourceCodeAnalysis;
import jdk.jshell.SourceCodeAnalysis.Completeness;

/** Source text cut into JShell snippets the way the {@code jshell} tool reads a script. */
public final class Snippets {
    private Snippets() {
    }

    /**
     * {@code source} cut into its snippets, each as written: line by line, a snippet ending on the first
     * line where it is complete (so a line without a semicolon is a snippet of its own), a line with
     * several statements giving several; what is not Java, or an unfinished tail, is a snippet of its own.
     */
    public static List<String> cut(JShell shell, String source) {
        List<String> out = new ArrayList<>();
        String pending = "";
        for (String line : source.split("\n", -1)) {
            pending = pending.isEmpty() ? line : pending + "\n" + line;
            while (true) {
                if (pending.isBlank()) {
                    pending = "";
                    break;
                }
                SourceCodeAnalysis.CompletionInfo info = shell.sourceCodeAnalysis().analyzeCompletion(pending);
                Completeness c = info.completeness();
                if (c == Completeness.DEFINITELY_INCOMPLETE || c == Completeness.CONSIDERED_INCOMPLETE) break; // read on
                if (c == Completeness.EMPTY) {
                    pending = "";
                    break;
                }
                if (c == Completeness.UNKNOWN || info.source() == null) {
                    out.add(pending.strip()); // not Java: JShell says why when it is run
                    pending = "";
                    break;
                }
                String rest = info.remaining();
                out.add(pending.substring(0, pending.length() - rest.length()).strip());
                pending = rest;
            }
        }
        if (!pending.isBlank()) out.add(pending.strip());
        return out;
    }

    /**
     * {@code source} with a semicolon at the end of each line that ends a snippet without one (an
     * expression or a declaration, as a script may leave them), but the last (an expression there is
     * the value a kernel shows): what a Java kernel such as JJava,
     * which reads a whole cell as one input rather than line by line, needs. The rest is unchanged.
     */
    public static String terminated(JShell shell, String source) {
        String[] lines = source.split("\n", -1);
        List<int[]> ends = new ArrayList<>(); // per snippet: the line it ends on, and 1 when it lacks its semicolon
        String pending = "";
        for (int i = 0; i < lines.length; i++) {
            pending = pending.isEmpty() ? lines[i] : pending + "\n" + lines[i];
            while (!pending.isBlank()) {
                SourceCodeAnalysis.CompletionInfo info = shell.sourceCodeAnalysis().analyzeCompletion(pending);
                Completeness c = info.completeness();
                if (c == Completeness.DEFINITELY_INCOMPLETE || c == Completeness.CONSIDERED_INCOMPLETE) break;
                if (c == Completeness.EMPTY || c == Completeness.UNKNOWN || info.source() == null) {
                    pending = "";
                    break;
                }
                String raw = pending.substring(0, pending.length() - info.remaining().length()).strip();
                ends.add(new int[] {i, raw.endsWith(";") || raw.endsWith("}") ? 0 : 1}); // an expression or a declaration left open
                pending = info.remaining();
            }
            if (pending.isBlank()) pending = "";
        }
        for (int k = 0; k < ends.size() - 1; k++) {
            if (ends.get(k)[1] == 1) lines[ends.get(k)[0]] = withSemicolon(lines[ends.get(k)[0]]);
        }
        return String.join("\n", lines);
    }

    /** The line with a semicolon at the end of its code (before a trailing {@code //} comment, outside string literals). */
    private static String withSemicolon(String line) {
        boolean quoted = false;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (c == '\\' && quoted) i++;
            else if (c == '"') quoted = !quoted;
            else if (!quoted && c == '/' && i + 1 < line.length() && line.charAt(i + 1) == '/') {
                return line.substring(0, i).stripTrailing() + "; " + line.substring(i);
            }
        }
        return line.stripTrailing() + ";";
    }

    /** Whether {@code snippet} is unfinished code (a student still typing, or a tail with no end). */
    public static boolean incomplete(JShell shell, String snippet) {
        Completeness c = shell.sourceCodeAnalysis().analyzeCompletion(snippet).completeness();
        return c == Completeness.DEFINITELY_INCOMPLETE || c == Completeness.CONSIDERED_INCOMPLETE;
    }

    /** {@code snippet} as JShell evaluates it: with the semicolon a line may leave out. */
    public static String complete(JShell shell, String snippet) {
        SourceCodeAnalysis.CompletionInfo info = shell.sourceCodeAnalysis().analyzeCompletion(snippet);
        return info.source() != null && info.remaining().isBlank() ? info.source() : snippet;
    }
}
