package dev.dynasim.engine.expr;

/** The kinds of static error an expression can have; each kind reports its first occurrence. */
enum Problem {
    PARENS,
    UNKNOWN_FUNCTION,
    MISUSED_FUNCTION,
    RESERVED,
    SECTION,
    UNDEFINED,
    UNDEFINED_NAME,
    UNDEFINED_VALUE,
    OVERLAP,
    CONFLICT,
    OPERAND_COUNT,
    DISTINCT,
    OPERAND_TYPE,
    FUNCTION
}
