package dev.dynasim.grading;

import java.util.ArrayList;
import java.util.List;
import jdk.jshell.JShell;
import jdk.jshell.SourceCodeAnalysis;
import jdk.jshell.SourceCodeAnalysis.Completeness;

/** Source text cut into JShell snippets the way the {@code jshell} tool reads a script: line by line, a snippet ending where it is complete. */
final class Snippets {
    private Snippets() {
    }

    /** The snippets of {@code source}, each complete as JShell evaluates it (an incomplete tail is a snippet of its own, for JShell to reject). */
    static List<String> cut(JShell shell, String source) {
        List<String> out = new ArrayList<>();
        String pending = "";
        for (String line : source.split("\n", -1)) {
            pending = pending.isEmpty() ? line : pending + "\n" + line;
            while (!pending.isBlank()) {
                SourceCodeAnalysis.CompletionInfo info = shell.sourceCodeAnalysis().analyzeCompletion(pending);
                Completeness c = info.completeness();
                if (c == Completeness.DEFINITELY_INCOMPLETE || c == Completeness.CONSIDERED_INCOMPLETE) break;
                if (c == Completeness.EMPTY) {
                    pending = "";
                    break;
                }
                if (c == Completeness.UNKNOWN || info.source() == null) {
                    out.add(pending.strip());
                    pending = "";
                    break;
                }
                out.add(info.source()); // complete, with the semicolon JShell adds where a line left it out
                pending = info.remaining();
            }
            if (pending.isBlank()) pending = "";
        }
        if (!pending.isBlank()) out.add(pending.strip());
        return out;
    }
}
