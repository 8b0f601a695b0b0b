package dev.dynasim.grading;

/**
 * How deep brackets nest in source text ({@code ( [ {}), outside string and character literals and
 * comments: code nested hundreds deep overflows the compiler's stack (a compiler bomb), so the grader
 * refuses it before compiling, the same way every time.
 */
final class Nesting {
    /** Deeper than any hand-written Java: a submission nested deeper is refused. */
    static final int MAX_DEPTH = 200;

    private Nesting() {
    }

    /** The deepest nesting of brackets in {@code code}. */
    static int depth(String code) {
        int depth = 0;
        int max = 0;
        for (int i = 0; i < code.length(); i++) {
            char c = code.charAt(i);
            if (c == '"' || c == '\'') {
                i = endOfLiteral(code, i, c);
            } else if (c == '/' && i + 1 < code.length() && code.charAt(i + 1) == '/') {
                int nl = code.indexOf('\n', i);
                i = nl < 0 ? code.length() : nl;
            } else if (c == '/' && i + 1 < code.length() && code.charAt(i + 1) == '*') {
                int end = code.indexOf("*/", i + 2);
                i = end < 0 ? code.length() : end + 1;
            } else if (c == '(' || c == '[' || c == '{') {
                max = Math.max(max, ++depth);
            } else if (c == ')' || c == ']' || c == '}') {
                depth = Math.max(0, depth - 1);
            }
        }
        return max;
    }

    /** Where a literal opened at {@code start} by {@code quote} ends (a text block ends at its closing three quotes). */
    private static int endOfLiteral(String code, int start, char quote) {
        if (quote == '"' && code.startsWith("\"\"\"", start)) {
            int end = code.indexOf("\"\"\"", start + 3);
            return end < 0 ? code.length() : end + 2;
        }
        for (int i = start + 1; i < code.length(); i++) {
            char c = code.charAt(i);
            if (c == '\\') i++;
            else if (c == quote || c == '\n') return i;
        }
        return code.length();
    }
}
