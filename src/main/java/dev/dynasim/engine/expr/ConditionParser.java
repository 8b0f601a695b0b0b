package dev.dynasim.engine.expr;

import dev.dynasim.engine.expr.CondNode.And;
import dev.dynasim.engine.expr.CondNode.Between;
import dev.dynasim.engine.expr.CondNode.Comparison;
import dev.dynasim.engine.expr.CondNode.In;
import dev.dynasim.engine.expr.CondNode.Not;
import dev.dynasim.engine.expr.CondNode.Or;
import dev.dynasim.engine.expr.Operand.FunctionOperand;
import dev.dynasim.engine.expr.Operand.PathOperand;
import dev.dynasim.engine.expr.Operand.ValueOperand;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Recursive-descent parser for condition, filter and key-condition expressions, with DynamoDB's
 * precedence (comparisons, then NOT, then AND, then OR) and its static checks.
 */
final class ConditionParser {
    private static final Set<String> KEYWORDS = Set.of("AND", "OR", "NOT", "BETWEEN", "IN");
    private static final Problem[] ORDER = {Problem.PARENS, Problem.UNKNOWN_FUNCTION, Problem.MISUSED_FUNCTION,
        Problem.RESERVED, Problem.UNDEFINED, Problem.OPERAND_COUNT, Problem.DISTINCT, Problem.FUNCTION};

    private final ParseState state;
    private final ConditionChecks checks;
    private final Set<String> heads = new LinkedHashSet<>();
    private boolean parenthesized;
    private boolean operandParenthesized;

    private ConditionParser(ParseState state) {
        this.state = state;
        this.checks = new ConditionChecks(state.diagnostics);
    }

    /** Parses one condition-like expression; the result's problems are in the state's diagnostics. */
    static ParsedCondition parse(ParseState state) {
        ConditionParser parser = new ConditionParser(state);
        CondNode root = parser.parseOr();
        state.expectEnd();
        return new ParsedCondition(root, Set.copyOf(parser.heads), state.diagnostics.firstOf(ORDER));
    }

    /** The keywords a condition keeps for itself. */
    static Set<String> keywords() {
        return KEYWORDS;
    }

    /** A parsed condition, its top-level names and its first static problem (or null). */
    record ParsedCondition(CondNode root, Set<String> topLevelNames, String problem) {
    }

    private CondNode parseOr() {
        CondNode left = parseAnd();
        while (state.peek().isKeyword("OR")) {
            state.next();
            left = new Or(left, parseAnd());
            state.operators++;
            parenthesized = false;
        }
        return left;
    }

    private CondNode parseAnd() {
        CondNode left = parseNot();
        while (state.peek().isKeyword("AND")) {
            state.next();
            left = new And(left, parseNot());
            state.operators++;
            parenthesized = false;
        }
        return left;
    }

    private CondNode parseNot() {
        if (state.peek().isKeyword("NOT")) {
            state.next();
            state.descend();
            CondNode inner = parseNot();
            state.ascend();
            parenthesized = false;
            state.operators++;
            return new Not(inner);
        }
        return parsePrimary();
    }

    private CondNode parsePrimary() {
        if (!state.peek().is("(") || operandInParentheses()) {
            return parseComparison();
        }
        state.next();
        state.descend();
        CondNode inner = parseOr();
        state.ascend();
        boolean innerParenthesized = parenthesized;
        state.expect(")");
        if (innerParenthesized) {
            state.diagnostics.report(Problem.PARENS, "The expression has redundant parentheses;");
        }
        parenthesized = true;
        return inner;
    }

    /** Whether the parenthesis at the cursor encloses an operand, i.e. a comparison follows its match. */
    private boolean operandInParentheses() {
        List<Token> tokens = state.tokens;
        int depth = 0;
        for (int i = state.position; i < tokens.size(); i++) {
            Token token = tokens.get(i);
            if (token.is("(")) {
                depth++;
            } else if (token.is(")") && --depth == 0) {
                return i + 1 < tokens.size() && startsComparisonTail(tokens.get(i + 1));
            }
        }
        return false;
    }

    private static boolean startsComparisonTail(Token token) {
        return isComparator(token) || token.isKeyword("BETWEEN") || token.isKeyword("IN");
    }

    private static boolean isComparator(Token token) {
        if (token.kind() != TokenKind.SYMBOL) {
            return false;
        }
        return switch (token.text()) {
            case "=", "<>", "<", "<=", ">", ">=" -> true;
            default -> false;
        };
    }

    private CondNode parseComparison() {
        Operand left = parseOperand();
        Token token = state.peek();
        parenthesized = false;
        if (startsComparisonTail(token)) {
            state.operators++;
        }
        if (isComparator(token)) {
            state.next();
            Operand right = parseOperand();
            checks.checkOperand(left);
            checks.checkOperand(right);
            checks.checkDistinct(token.text(), left, right);
            return new Comparison(token.text(), left, right);
        }
        if (token.isKeyword("BETWEEN")) {
            state.next();
            Operand low = parseOperand();
            if (!state.peek().isKeyword("AND")) {
                throw state.error();
            }
            state.next();
            Operand high = parseOperand();
            checks.checkOperand(left);
            checks.checkOperand(low);
            checks.checkOperand(high);
            checks.checkBounds(low, high);
            return new Between(left, low, high);
        }
        if (token.isKeyword("IN")) {
            state.next();
            state.expect("(");
            List<Operand> options = new ArrayList<>();
            options.add(parseOperand());
            while (state.peek().is(",")) {
                state.next();
                options.add(parseOperand());
            }
            state.expect(")");
            checks.checkOperand(left);
            options.forEach(checks::checkOperand);
            if (options.size() > ExpressionLimits.MAX_IN_OPERANDS) {
                state.diagnostics.report(Problem.OPERAND_COUNT,
                        "The IN operator is provided with too many operands; number of operands: " + options.size());
            }
            return new In(left, List.copyOf(options));
        }
        if (left instanceof FunctionOperand function && !operandParenthesized) {
            return checks.functionCondition(function);
        }
        throw state.error();
    }

    private Operand parseOperand() {
        Token token = state.peek();
        if (token.is("(")) {
            state.next();
            state.descend();
            Operand inner = parseOperand();
            state.ascend();
            if (operandParenthesized) {
                state.diagnostics.report(Problem.PARENS, "The expression has redundant parentheses;");
            }
            state.expect(")");
            operandParenthesized = true;
            return inner;
        }
        operandParenthesized = false;
        if (token.kind() == TokenKind.VALUE_REF) {
            state.next();
            return new ValueOperand(token.text(), state.resolveValue(token.text()));
        }
        if (token.kind() == TokenKind.NAME && !state.isKeyword(token) && state.peekNext().is("(")) {
            List<Operand> args = state.functionArguments(this::parseOperand);
            operandParenthesized = false;
            state.operators++;
            return new FunctionOperand(token.text(), args);
        }
        if (state.atPath()) {
            Path path = state.parsePath();
            heads.add(path.head());
            return new PathOperand(path);
        }
        throw state.error();
    }
}
