package dev.dynasim.engine.expr;

import dev.dynasim.engine.model.AttributeValue;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;

/**
 * The cursor over one expression's tokens plus what the parsers share: the placeholder maps,
 * the placeholders used so far across the request, and the problems found.
 */
final class ParseState {
    /** Deepest nesting of parentheses, NOT and function calls accepted; beyond it the parse fails. */
    static final int MAX_DEPTH = 200;
    final String text;
    final List<Token> tokens;
    final Diagnostics diagnostics = new Diagnostics();
    private final Map<String, String> names;
    private final Map<String, AttributeValue> values;
    private final Set<String> usedNames;
    private final Set<String> usedValues;
    private final Set<String> keywords;
    int position;
    /** Operators and functions seen so far, checked against {@link ExpressionLimits#MAX_OPERATORS}. */
    int operators;
    private int depth;

    ParseState(String text, Map<String, String> names, Map<String, AttributeValue> values,
               Set<String> usedNames, Set<String> usedValues, Set<String> keywords) {
        this.text = text;
        this.tokens = Lexer.tokenize(text);
        this.names = names;
        this.values = values;
        this.usedNames = usedNames;
        this.usedValues = usedValues;
        this.keywords = keywords;
    }

    /** The current token. */
    Token peek() {
        return tokens.get(position);
    }

    /** The token after the current one. */
    Token peekNext() {
        return tokens.get(Math.min(position + 1, tokens.size() - 1));
    }

    /** Consumes and returns the current token. */
    Token next() {
        Token token = tokens.get(position);
        if (token.kind() != TokenKind.EOF) {
            position++;
        }
        return token;
    }

    /** Consumes the given symbol or fails at the current token. */
    void expect(String symbol) {
        if (!peek().is(symbol)) {
            throw error();
        }
        position++;
    }

    /** A syntax error at the current token. */
    SyntaxError error() {
        return new SyntaxError(position);
    }

    /** Enters one level of nesting; fails beyond {@link #MAX_DEPTH} levels (parsing must not overflow the stack). */
    void descend() {
        if (++depth > MAX_DEPTH) {
            throw error();
        }
    }

    /** Leaves one level of nesting. */
    void ascend() {
        depth--;
    }

    /** Fails unless every token was consumed. */
    void expectEnd() {
        if (peek().kind() != TokenKind.EOF) {
            throw error();
        }
    }

    /** Whether the token is a bare word the grammar keeps for itself. */
    boolean isKeyword(Token token) {
        return token.kind() == TokenKind.NAME && keywords.contains(token.text().toUpperCase(java.util.Locale.ROOT));
    }

    /** Whether a document path starts at the current token. */
    boolean atPath() {
        Token token = peek();
        return token.kind() == TokenKind.NAME_REF || (token.kind() == TokenKind.NAME && !isKeyword(token));
    }

    /** Parses a document path: {@code name ( . name | [ digits ] )*}, names bare or {@code #placeholders}. */
    Path parsePath() {
        List<Object> elements = new ArrayList<>(4);
        elements.add(pathName());
        while (true) {
            Token token = peek();
            if (token.is(".")) {
                position++;
                elements.add(pathName());
            } else if (token.is("[")) {
                position++;
                Token digits = peek();
                if (digits.kind() != TokenKind.NUMBER || digits.text().length() > 9) {
                    throw error();
                }
                position++;
                expect("]");
                elements.add(Integer.parseInt(digits.text()));
            } else {
                return new Path(elements.toArray());
            }
        }
    }

    private String pathName() {
        Token token = peek();
        if (token.kind() == TokenKind.NAME_REF) {
            position++;
            return resolveName(token.text());
        }
        if (token.kind() != TokenKind.NAME || isKeyword(token)) {
            throw error();
        }
        position++;
        if (ReservedWords.isReserved(token.text())) {
            diagnostics.report(Problem.RESERVED, "Attribute name is a reserved keyword; reserved keyword: " + token.text());
        }
        return token.text();
    }

    private String resolveName(String placeholder) {
        String name = resolve(names, usedNames, placeholder, Problem.UNDEFINED_NAME,
                "An expression attribute name used in the document path is not defined; attribute name: ");
        return name == null ? placeholder : name;
    }

    /** Resolves a value placeholder token (already consumed); null when undefined (a problem is reported). */
    AttributeValue resolveValue(String placeholder) {
        return resolve(values, usedValues, placeholder, Problem.UNDEFINED_VALUE,
                "An expression attribute value used in expression is not defined; attribute value: ");
    }

    /** The placeholder's definition, marked used; or null, reporting {@code problem} and UNDEFINED with the message. */
    private <T> T resolve(Map<String, T> defined, Set<String> used, String placeholder, Problem problem, String undefined) {
        T value = defined == null ? null : defined.get(placeholder);
        if (value == null) {
            diagnostics.report(problem, undefined + placeholder);
            diagnostics.report(Problem.UNDEFINED, undefined + placeholder);
            return null;
        }
        used.add(placeholder);
        return value;
    }

    /** DynamoDB's syntax error text for a failure at the token with this index. */
    String syntaxMessage(int index) {
        Token offending = tokens.get(index);
        int from = index > 0 ? tokens.get(index - 1).start() : offending.start();
        int to;
        if (offending.kind() == TokenKind.EOF) {
            to = text.length();
        } else if (tokens.get(index + 1).kind() != TokenKind.EOF) {
            to = tokens.get(index + 1).end();
        } else {
            to = offending.end();
        }
        return "Syntax error; token: \"" + offending.text() + "\", near: \"" + text.substring(from, to) + "\"";
    }

    /**
     * Reads a function call's arguments, positioned on the function name: the name, "(", one or
     * more operands read by the caller's own rule, separated by ",", then ")".
     */
    List<Operand> functionArguments(Supplier<Operand> operand) {
        next();
        next();
        descend();
        List<Operand> args = new ArrayList<>();
        args.add(operand.get());
        while (peek().is(",")) {
            next();
            args.add(operand.get());
        }
        ascend();
        expect(")");
        return List.copyOf(args);
    }
}
