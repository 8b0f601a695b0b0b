package dev.dynasim.grading;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** The names submissions are filed under in the output folder: the file's name without its extension, made unique and safe. */
final class SubmissionNames {
    private SubmissionNames() {
    }

    /** One name per file, in order: {@code alice} for {@code alice.jsh}; {@code folder-alice} when two files are called alice; then {@code -2}, {@code -3}. */
    static List<String> of(List<Path> files) {
        Map<String, Integer> count = new HashMap<>();
        for (Path f : files) count.merge(base(f), 1, Integer::sum);
        List<String> names = new ArrayList<>();
        java.util.Set<String> used = new java.util.HashSet<>();
        for (Path f : files) {
            String name = base(f);
            if (count.get(name) > 1 && f.toAbsolutePath().getParent() != null && f.toAbsolutePath().getParent().getFileName() != null) {
                name = safe(f.toAbsolutePath().getParent().getFileName().toString()) + "-" + name;
            }
            String unique = name;
            for (int n = 2; !used.add(unique); n++) unique = name + "-" + n; // never a name already given, whatever the files are called
            names.add(unique);
        }
        return names;
    }

    private static String base(Path f) {
        String name = f.getFileName().toString();
        int dot = name.lastIndexOf('.');
        return safe(dot > 0 ? name.substring(0, dot) : name);
    }

    private static String safe(String s) {
        String t = s.replaceAll("[^A-Za-z0-9._-]", "_");
        if (t.isEmpty() || t.startsWith(".")) t = "_" + t;
        return t;
    }
}
