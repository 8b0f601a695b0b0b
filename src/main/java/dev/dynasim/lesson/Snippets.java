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
