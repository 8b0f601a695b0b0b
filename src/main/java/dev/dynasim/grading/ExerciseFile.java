package dev.dynasim.grading;

import java.util.ArrayList;
import java.util.List;

/**
 * Reads a graded exercise's file ({@code lessons/checks/ID.jsh}, or an instructor's own, in the same
 * format; see lessons/FORMAT.md): {@code // @marker} lines give its id, title, set-up, solution, probes
 * and checks, and the other lines are the Java methods that decide the checks. What the file does not
 * say (the set-up and solution of an exercise of a lesson) the catalogue takes from the lesson.
 */
public final class ExerciseFile {
    /** What a file says, before the lesson fills in the rest: the lesson number, or 0 when it names none. */
    public record Parsed(String id, String title, int lesson, String setup, String solution, List<Probe> probes, List<CheckSpec> checks,
            String checkSource) {
    }

    private ExerciseFile() {
    }

    /** Parses the text of an exercise file; {@code source} names it in messages. */
    public static Parsed parse(String text, String source) {
        String id = null;
        String title = "";
        int lesson = 0;
        StringBuilder setup = new StringBuilder();
        StringBuilder solution = new StringBuilder();
        List<Probe> probes = new ArrayList<>();
        List<CheckSpec> checks = new ArrayList<>();
        StringBuilder code = new StringBuilder();
        String[] lines = text.split("\r?\n", -1);
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i];
            String trimmed = line.strip();
            if (!trimmed.startsWith("// @")) {
                code.append(line).append('\n');
                continue;
            }
            int at = i + 1;
            String body = trimmed.substring(4);
            int space = body.indexOf(' ');
            String name = space < 0 ? body : body.substring(0, space);
            String rest = space < 0 ? "" : body.substring(space + 1).strip();
            try {
                switch (name) {
                    case "grade" -> id = rest;
                    case "title" -> title = rest;
                    case "lesson" -> lesson = lessonNumber(rest);
                    case "setup" -> setup.append(rest).append('\n');
                    case "solution" -> solution.append(rest).append('\n');
                    case "probe" -> probes.add(probe(rest));
                    case "check" -> checks.add(check(rest));
                    default -> throw new IllegalArgumentException("unknown marker \"// @" + name
                            + "\" (known: grade, title, lesson, setup, solution, probe, check)");
                }
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException(source + ", line " + at + ": " + e.getMessage(), e);
            }
            code.append('\n'); // keeps the check methods' line numbers those of the file
        }
        if (id == null || id.isBlank()) throw new IllegalArgumentException(source + ", line 1: an exercise file starts with \"// @grade ID\"");
        if (checks.isEmpty()) throw new IllegalArgumentException(source + ": exercise " + id + " needs at least one \"// @check POINTS METHOD: what it checks\"");
        return new Parsed(id, title, lesson, setup.toString().strip(), solution.toString().strip(), probes, checks, code.toString());
    }

    private static int lessonNumber(String rest) {
        try {
            return Integer.parseInt(rest);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("\"// @lesson N\" needs a lesson's number, not \"" + rest + "\"");
        }
    }

    /** {@code name: expression}. */
    private static Probe probe(String rest) {
        int colon = rest.indexOf(':');
        if (colon < 0) throw new IllegalArgumentException("\"// @probe NAME: EXPRESSION\" needs a colon after the name");
        return new Probe(rest.substring(0, colon).strip(), rest.substring(colon + 1).strip());
    }

    /** {@code POINTS [hidden] METHOD: what it checks}. */
    private static CheckSpec check(String rest) {
        int colon = rest.indexOf(':');
        if (colon < 0) throw new IllegalArgumentException("\"// @check POINTS [hidden] METHOD: what it checks\" needs a colon after the method");
        String[] words = rest.substring(0, colon).strip().split("\\s+");
        String title = rest.substring(colon + 1).strip();
        boolean hidden = words.length == 3 && words[1].equals("hidden");
        if (words.length != (hidden ? 3 : 2)) {
            throw new IllegalArgumentException("\"// @check POINTS [hidden] METHOD: what it checks\", not \"" + rest + "\"");
        }
        double points;
        try {
            points = Double.parseDouble(words[0]);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("a check's points are a number, not \"" + words[0] + "\"");
        }
        return new CheckSpec(words[words.length - 1], title.isEmpty() ? words[words.length - 1] : title, points, hidden);
    }
}
