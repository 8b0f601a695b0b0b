package dev.dynasim.grading;

/**
 * Text from a submission made safe to show in feedback: control characters (C0 but line feed and tab,
 * DEL, C1), the invisible characters that reorder text (bidirectional marks, overrides and isolates,
 * line and paragraph separators) and those that hide in it (zero-width spaces and joiners, the word
 * joiner, the byte order mark, the soft hyphen) are written as {@code \\uXXXX}, so that no submission can move the
 * cursor, clear a terminal or make its text read as the grader's.
 */
final class Printable {
    private Printable() {
    }

    /** {@code s} with its control and reordering characters escaped; line feeds and tabs kept. */
    static String text(String s) {
        StringBuilder sb = null;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (safe(c)) {
                if (sb != null) sb.append(c);
                continue;
            }
            if (sb == null) sb = new StringBuilder(s.length() + 16).append(s, 0, i);
            sb.append(String.format("\\u%04X", (int) c));
        }
        return sb == null ? s : sb.toString();
    }

    /** {@code s} made printable and on one line: each line break written as {@code " / "}. */
    static String line(String s) {
        return text(s.strip().replace("\r\n", "\n").replace('\r', '\n')).replace("\n", " / ");
    }

    private static boolean safe(char c) {
        if (c == '\n' || c == '\t') return true;
        if (c < 0x20 || c >= 0x7F && c <= 0x9F) return false;
        return !(c >= 0x202A && c <= 0x202E || c >= 0x2066 && c <= 0x2069 || c >= 0x200B && c <= 0x200F || c == 0x2028 || c == 0x2029
                || c == 0x2060 || c == 0xFEFF || c == 0x00AD || c == 0x061C);
    }
}
