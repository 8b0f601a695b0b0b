package dev.dynasim.engine.expr;

import dev.dynasim.engine.expr.Operand.Arithmetic;
import dev.dynasim.engine.expr.Operand.FunctionOperand;
import dev.dynasim.engine.expr.Operand.PathOperand;
import dev.dynasim.engine.expr.Operand.ValueOperand;
import dev.dynasim.engine.model.AttributeValue;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/** Recursive-descent parser for update expressions (SET, REMOVE, ADD and DELETE sections) and their static checks. */
final class UpdateParser {
    private static final Set<String> KEYWORDS = Set.of("SET", "REMOVE", "ADD", "DELETE");
    private static final Problem[] ORDER = {Problem.RESERVED, Problem.UNKNOWN_FUNCTION, Problem.SECTION,
        Problem.UNDEFINED_NAME, Problem.UNDEFINED_VALUE, Problem.OVERLAP, Problem.CONFLICT, Problem.OPERAND_TYPE,
        Problem.FUNCTION};

    private enum Section { SET, REMOVE, ADD, DELETE }

    private final ParseState state;
    private final List<UpdateAction> actions = new ArrayList<>();
    private final Set<Section> seen = EnumSet.noneOf(Section.class);

    private UpdateParser(ParseState state) {
        this.state = state;
    }

    /** The keywords an update expression keeps for itself. */
    static Set<String> keywords() {
        return KEYWORDS;
    }

    /** Parses an update expression into its actions, in the order written. */
    static ParsedUpdate parse(ParseState state) {
        UpdateParser parser = new UpdateParser(state);
        do {
            parser.parseSection();
        } while (state.peek().kind() != TokenKind.EOF);
        return new ParsedUpdate(List.copyOf(parser.actions), state.diagnostics.firstOf(ORDER));
    }

    /** The parsed actions and the first static problem (or null). */
    record ParsedUpdate(List<UpdateAction> actions, String problem) {
    }

    private void parseSection() {
        Token token = state.peek();
        if (token.kind() != TokenKind.NAME || !KEYWORDS.contains(token.text().toUpperCase(Locale.ROOT))) {
            throw state.error();
        }
        state.next();
        Section section = Section.valueOf(token.text().toUpperCase(Locale.ROOT));
        if (!seen.add(section)) {
            state.diagnostics.report(Problem.SECTION,
                    "The \"" + section + "\" section can only be used once in an update expression;");
        }
        add(parseAction(section));
        while (state.peek().is(",")) {
            state.next();
            add(parseAction(section));
        }
    }

    private UpdateAction parseAction(Section section) {
        Path path = state.parsePath();
        switch (section) {
            case SET -> {
                state.expect("=");
                return new UpdateAction.Set(path, parseSetValue());
            }
            case REMOVE -> {
                return new UpdateAction.Remove(path);
            }
            default -> {
                Token token = state.peek();
                if (token.kind() != TokenKind.VALUE_REF) {
                    throw state.error();
                }
                state.next();
                AttributeValue value = state.resolveValue(token.text());
                checkSetOperand(section.name(), value);
                return section == Section.ADD ? new UpdateAction.Add(path, value)
                        : new UpdateAction.Delete(path, value);
            }
        }
    }

    private void add(UpdateAction action) {
        for (UpdateAction earlier : actions) {
            String relation = Path.relation(earlier.path(), action.path());
            if (relation != null) {
                Problem problem = relation.equals("overlap") ? Problem.OVERLAP : Problem.CONFLICT;
                state.diagnostics.report(problem, "Two document paths " + relation + " with each other; must remove or "
                        + "rewrite one of these paths; path one: " + earlier.path().describe() + ", path two: "
                        + action.path().describe());
                break;
            }
        }
        actions.add(action);
    }

    private void checkSetOperand(String operator, AttributeValue value) {
        if (value == null) {
            return;
        }
        String type = switch (value.type()) {
            case "S" -> "STRING";
            case "N" -> operator.equals("ADD") ? null : "NUMBER";
            case "B" -> "BINARY";
            case "NULL" -> "NULL";
            case "BOOL" -> "BOOLEAN";
            case "L" -> "LIST";
            case "M" -> "MAP";
            default -> null;
        };
        if (type != null) {
            state.diagnostics.report(Problem.OPERAND_TYPE, "Incorrect operand type for operator or function; operator: "
                    + operator + ", operand type: " + type + ", typeSet: ALLOWED_FOR_" + operator + "_OPERAND");
        }
    }

    private Operand parseSetValue() {
        Operand left = parseTerm();
        Token token = state.peek();
        if (token.is("+") || token.is("-")) {
            state.next();
            Operand right = parseTerm();
            checkTypes(token.text(), "N", left, right);
            state.operators++;
            return new Arithmetic(token.text(), left, right);
        }
        return left;
    }

    private Operand parseTerm() {
        if (state.peek().is("(")) {
            state.next();
            state.descend();
            Operand inner = parseSetValue();
            state.ascend();
            state.expect(")");
            return inner;
        }
        return parseOperand();
    }

    private Operand parseOperand() {
        Token token = state.peek();
        if (token.is("(")) {
            state.next();
            state.descend();
            Operand inner = parseOperand();
            state.ascend();
            state.expect(")");
            return inner;
        }
        if (token.kind() == TokenKind.VALUE_REF) {
            state.next();
            return new ValueOperand(token.text(), state.resolveValue(token.text()));
        }
        if (token.kind() == TokenKind.NAME && !state.isKeyword(token) && state.peekNext().is("(")) {
            return function(token.text(), state.functionArguments(this::parseOperand));
        }
        if (state.atPath()) {
            return new PathOperand(state.parsePath());
        }
        throw state.error();
    }

    private Operand function(String name, List<Operand> args) {
        state.operators++;
        FunctionOperand function = new FunctionOperand(name, args);
        if (!name.equals("if_not_exists") && !name.equals("list_append")) {
            state.diagnostics.report(Problem.UNKNOWN_FUNCTION, "Invalid function name; function: " + name);
            return function;
        }
        if (args.size() != 2) {
            state.diagnostics.report(Problem.FUNCTION, "Incorrect number of operands for operator or function; "
                    + "operator or function: " + name + ", number of operands: " + args.size());
            return function;
        }
        if (name.equals("if_not_exists")) {
            if (!(args.get(0) instanceof PathOperand)) {
                state.diagnostics.report(Problem.FUNCTION,
                        "Operator or function requires a document path; operator or function: " + name);
            }
        } else {
            checkTypes(name, "L", args.get(0), args.get(1));
        }
        return function;
    }

    private void checkTypes(String operator, String required, Operand... operands) {
        for (Operand operand : operands) {
            if (operand instanceof ValueOperand value && value.value() != null
                    && !value.value().type().equals(required)) {
                state.diagnostics.report(Problem.FUNCTION, "Incorrect operand type for operator or function; "
                        + "operator or function: " + operator + ", operand type: " + value.value().type());
                return;
            }
        }
    }
}
