package dev.dynasim.grading;

/**
 * Something the grader reads from a submission's Java process after its code has run: a name, and a
 * Java expression (e.g. {@code answer}, or {@code table("Users").usage().throttledRequests()}) whose
 * value's text the checks read as {@code s.probe(name)}.
 */
public record Probe(String name, String expression) {
    /** Checks the fields. */
    public Probe {
        if (!name.matches("[A-Za-z][A-Za-z0-9_-]*")) throw new IllegalArgumentException("a probe needs a name of letters, digits, - and _, not \"" + name + "\"");
        if (expression.isBlank()) throw new IllegalArgumentException("probe " + name + " needs an expression");
    }
}
