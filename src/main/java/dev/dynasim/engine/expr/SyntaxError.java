package dev.dynasim.engine.expr;

/** Internal signal that parsing failed at a token; turned into a ValidationException by the caller. */
final class SyntaxError extends RuntimeException {
    private final int tokenIndex;

    /** A syntax error at the token with this index. */
    SyntaxError(int tokenIndex) {
        super(null, null, false, false);
        this.tokenIndex = tokenIndex;
    }

    /** The index of the offending token. */
    int tokenIndex() {
        return tokenIndex;
    }
}
