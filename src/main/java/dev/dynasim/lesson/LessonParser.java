package dev.dynasim.lesson;

import java.util.ArrayList;
import java.util.List;

/**
 * Reads a lesson file (lessons/FORMAT.md): a JShell script whose {@code // @marker} comments give the
 * lesson's header, its steps' titles and narration, and its exercises; the other lines are code.
 * A malformed file is an {@link IllegalArgumentException} naming the file, the line and the problem.
 */
public final class LessonParser {
    private final String source;
    private int number;
    private String title;
    private int minutes;
    private final List<String> sources = new ArrayList<>();
    private final StringBuilder setup = new StringBuilder();
    private final List<Lesson.Part> parts = new ArrayList<>();
    /** The part being read: its kind and fields. */
    private String partKind;
    private String partTitle;
    private final StringBuilder narration = new StringBuilder();
    private final StringBuilder code = new StringBuilder();
    private final List<String> hints = new ArrayList<>();
    private final StringBuilder solution = new StringBuilder();
    private final StringBuilder wrong = new StringBuilder();
    private final StringBuilder starter = new StringBuilder();
    private String check;
    private boolean inCode;

    private LessonParser(String source) {
        this.source = source;
    }

    /** Parses the text of a lesson file; {@code source} names it in messages. */
    public static Lesson parse(String text, String source) {
        return new LessonParser(source).read(text);
    }

    private Lesson read(String text) {
        String[] lines = text.split("\r?\n", -1);
        for (int i = 0; i < lines.length; i++) line(lines[i], i + 1);
        finishPart(lines.length);
        if (title == null) throw fail(1, "the first line must be \"// @lesson N Title\"");
        if (parts.isEmpty()) throw fail(lines.length, "a lesson needs at least one \"// @step\"");
        return new Lesson(number, title, minutes, sources, setup.toString().strip(), parts);
    }

    private void line(String line, int at) {
        String trimmed = line.strip();
        if (trimmed.startsWith("// @")) {
            marker(trimmed.substring(4), at);
            return;
        }
        if (trimmed.startsWith("//") && partKind != null && !inCode) {
            String text = trimmed.substring(2);
            narration.append(text.startsWith(" ") ? text.substring(1) : text).append('\n');
            return;
        }
        if (trimmed.isEmpty() && !inCode) return;
        if (partKind == null) {
            if (!trimmed.startsWith("//")) setup.append(line).append('\n');
            return;
        }
        if (trimmed.startsWith("//") && inCode) return; // a comment among code: left to plain JShell
        inCode = true;
        code.append(line).append('\n');
    }

    private void marker(String body, int at) {
        int space = body.indexOf(' ');
        String name = space < 0 ? body : body.substring(0, space);
        String rest = space < 0 ? "" : body.substring(space + 1).strip();
        switch (name) {
            case "lesson" -> {
                String[] p = rest.split(" ", 2);
                try {
                    number = Integer.parseInt(p[0]);
                } catch (NumberFormatException e) {
                    throw fail(at, "\"// @lesson N Title\" needs a number, not \"" + p[0] + "\"");
                }
                if (p.length < 2 || p[1].isBlank()) throw fail(at, "\"// @lesson N Title\" needs a title");
                title = p[1].strip();
            }
            case "minutes" -> {
                try {
                    minutes = Integer.parseInt(rest);
                } catch (NumberFormatException e) {
                    throw fail(at, "\"// @minutes M\" needs a whole number of minutes");
                }
            }
            case "sources" -> {
                for (String s : rest.split(";")) if (!s.isBlank()) sources.add(s.strip());
            }
            case "step", "exercise" -> {
                finishPart(at);
                if (rest.isEmpty()) throw fail(at, "\"// @" + name + "\" needs a " + (name.equals("step") ? "title" : "id"));
                partKind = name;
                partTitle = rest;
            }
            case "hint" -> exerciseField(at, name).add(rest);
            case "solution" -> appendTo(solution, at, name, rest);
            case "wrong" -> appendTo(wrong, at, name, rest);
            case "starter" -> appendTo(starter, at, name, rest);
            case "check" -> {
                requireExercise(at, name);
                check = rest;
            }
            default -> throw fail(at, "unknown marker \"// @" + name + "\" (known: lesson, minutes, sources, step, exercise, hint, solution, "
                    + "wrong, starter, check)");
        }
    }

    private List<String> exerciseField(int at, String name) {
        requireExercise(at, name);
        return hints;
    }

    private void appendTo(StringBuilder sb, int at, String name, String text) {
        requireExercise(at, name);
        sb.append(text).append('\n');
    }

    private void requireExercise(int at, String name) {
        if (!"exercise".equals(partKind)) throw fail(at, "\"// @" + name + "\" belongs in an exercise");
    }

    private void finishPart(int at) {
        if (partKind == null) return;
        String text = narration.toString().strip();
        if (partKind.equals("step")) {
            parts.add(new Lesson.Step(partTitle, text, code.toString().strip()));
        } else {
            if (check == null) throw fail(at, "exercise " + partTitle + " needs a \"// @check expression\"");
            if (solution.isEmpty()) throw fail(at, "exercise " + partTitle + " needs a \"// @solution\"");
            parts.add(new Lesson.Exercise(partTitle, text, hints, solution.toString().strip(), wrong.toString().strip(), check,
                    code.toString().strip(), starter.toString().strip()));
        }
        partKind = null;
        narration.setLength(0);
        code.setLength(0);
        hints.clear();
        solution.setLength(0);
        wrong.setLength(0);
        starter.setLength(0);
        check = null;
        inCode = false;
    }

    private IllegalArgumentException fail(int line, String problem) {
        return new IllegalArgumentException(source + ", line " + line + ": " + problem);
    }
}
