package dev.dynasim.engine.expr;

/** DynamoDB's expression limits (facts file, limits table "Expressions"; Limits.html). */
final class ExpressionLimits {
    /** Longest expression string, in UTF-8 bytes. */
    static final int MAX_EXPRESSION_BYTES = 4096;
    /** Most operators and functions in one expression. */
    static final int MAX_OPERATORS = 300;
    /** Most operands in the list of an IN comparison. */
    static final int MAX_IN_OPERANDS = 100;

    private ExpressionLimits() {
    }
}
