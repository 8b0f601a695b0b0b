package dev.dynasim.engine.expr;

/** The kinds of token in an expression. */
enum TokenKind {
    /** A bare word: an attribute name, a function name or a keyword (AND, SET, ...). */
    NAME,
    /** An expression attribute name placeholder, {@code #name}. */
    NAME_REF,
    /** An expression attribute value placeholder, {@code :value}. */
    VALUE_REF,
    /** Decimal digits (list indexes). */
    NUMBER,
    /** Punctuation and operators: = &lt;&gt; &lt; &lt;= &gt; &gt;= ( ) [ ] , . + -. */
    SYMBOL,
    /** A character that starts no token. */
    INVALID,
    /** The end of the expression. */
    EOF
}
