package dev.dynasim.grading;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What the sandbox refused a submission, for its feedback: the first refusal of each kind (reading a
 * file, starting a program...) with how many times that kind was refused, so that many harmless
 * refusals cannot hide a later one of another kind; each in at most 200 characters, and at most 20
 * kinds (the rest counted together) besides files, the network, ending the process and a thread
 * flood, which are always kept.
 */
final class Refusals {
    private static final int MAX_KINDS = 20;
    private static final int MAX_CHARS = 200;
    /** Kinds kept whatever came before: files, the network, ending the process, a thread flood. */
    private static final List<String> ALWAYS_KEPT = List.of("file ", "network", "exit", "threads");

    private final Map<String, String> first = new LinkedHashMap<>();
    private final Map<String, Integer> times = new LinkedHashMap<>();
    private int others;

    /** One refusal: its kind (by which refusals are grouped) and what was refused, in words for the student. */
    record Refusal(String kind, String what) {
    }

    /** Remembers one refusal of {@code kind}, described as {@code what}. */
    synchronized void add(String kind, String what) {
        if (!first.containsKey(kind) && first.size() >= MAX_KINDS && ALWAYS_KEPT.stream().noneMatch(kind::startsWith)) {
            others++;
            return;
        }
        first.putIfAbsent(kind, what.length() > MAX_CHARS ? what.substring(0, MAX_CHARS - 3) + "..." : what);
        times.merge(kind, 1, Integer::sum);
    }

    /** Forgets what was refused so far (the exercise's own code, before the submission's runs). */
    synchronized void clear() {
        first.clear();
        times.clear();
        others = 0;
    }

    /** The refusals, one line per kind in the order first met. */
    synchronized List<String> lines() {
        List<String> out = new ArrayList<>();
        first.forEach((kind, what) -> {
            int n = times.get(kind);
            out.add(n == 1 ? what : what + " (and " + (n - 1) + " more like it)");
        });
        if (others > 0) out.add(others + (others == 1 ? " refusal" : " refusals") + " of other kinds");
        return List.copyOf(out);
    }
}
