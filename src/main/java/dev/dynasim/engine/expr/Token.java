package dev.dynasim.engine.expr;

/** One token: its kind, text and span [start, end) in the expression. */
record Token(TokenKind kind, String text, int start, int end) {

    /** Whether this is the given symbol. */
    boolean is(String symbol) {
        return kind == TokenKind.SYMBOL && text.equals(symbol);
    }

    /** Whether this is the given keyword (case-insensitive bare word). */
    boolean isKeyword(String keyword) {
        return kind == TokenKind.NAME && text.equalsIgnoreCase(keyword);
    }
}
