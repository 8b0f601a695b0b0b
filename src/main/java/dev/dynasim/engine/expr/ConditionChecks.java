package dev.dynasim.engine.expr;

import dev.dynasim.engine.expr.CondNode.FunctionCondition;
import dev.dynasim.engine.expr.Operand.FunctionOperand;
import dev.dynasim.engine.expr.Operand.PathOperand;
import dev.dynasim.engine.expr.Operand.ValueOperand;
import dev.dynasim.engine.model.AttributeValue;
import java.util.List;

/**
 * DynamoDB's static checks on the functions and operands of a condition: known functions used in
 * their place, operand counts and types, distinct operands and BETWEEN bounds.
 */
final class ConditionChecks {
    private final Diagnostics diagnostics;

    ConditionChecks(Diagnostics diagnostics) {
        this.diagnostics = diagnostics;
    }

    /** Checks a function used as a condition and builds its node. */
    CondNode functionCondition(FunctionOperand function) {
        String name = function.name();
        List<Operand> args = function.args();
        switch (name) {
            case "attribute_exists", "attribute_not_exists", "attribute_type", "begins_with", "contains" -> {
            }
            case "size" -> misused(name);
            default -> unknown(name);
        }
        int expected = name.equals("attribute_exists") || name.equals("attribute_not_exists") ? 1 : 2;
        args.forEach(this::checkOperand);
        if (args.size() != expected) {
            operandCount(name, args.size());
            return new FunctionCondition(name, args);
        }
        if (expected == 2) {
            checkDistinct(name, args.get(0), args.get(1));
        }
        switch (name) {
            case "attribute_exists", "attribute_not_exists" -> requirePath(name, args.get(0));
            case "attribute_type" -> checkTypeName(args.get(1));
            case "begins_with" -> {
                for (Operand arg : args) {
                    String type = arg.staticType();
                    if (type != null && !type.equals("S") && !type.equals("B")) {
                        operandType(name, type);
                        break;
                    }
                }
            }
            default -> {
            }
        }
        return new FunctionCondition(name, args);
    }

    /** Checks an operand: only size() may be called in operand position. */
    void checkOperand(Operand operand) {
        if (!(operand instanceof FunctionOperand function)) {
            return;
        }
        String name = function.name();
        switch (name) {
            case "size" -> {
                function.args().forEach(this::checkOperand);
                if (function.args().size() != 1) {
                    operandCount(name, function.args().size());
                    return;
                }
                String type = function.args().get(0).staticType();
                if ("N".equals(type) || "BOOL".equals(type) || "NULL".equals(type)) {
                    operandType(name, type);
                }
            }
            case "attribute_exists", "attribute_not_exists", "attribute_type", "begins_with", "contains" ->
                    misused(name);
            default -> unknown(name);
        }
    }

    private void checkTypeName(Operand operand) {
        String type = operand.staticType();
        if (!"S".equals(type)) {
            operandType("attribute_type", type == null ? "{NS,SS,L,BS,N,M,B,BOOL,NULL,S}" : type);
            return;
        }
        if (!(operand instanceof ValueOperand value) || !(value.value() instanceof AttributeValue.S typeName)) {
            return;
        }
        String name = typeName.value();
        switch (name) {
            case "S", "N", "B", "NULL", "SS", "BOOL", "L", "BS", "NS", "M" -> {
            }
            default -> diagnostics.report(Problem.FUNCTION, "Invalid attribute type name found; type: " + name
                    + ", valid types: {B,NULL,SS,BOOL,L,BS,N,NS,S,M}");
        }
    }

    /** Checks that literal BETWEEN bounds share a type and are in order. */
    void checkBounds(Operand low, Operand high) {
        if (!(low instanceof ValueOperand l) || !(high instanceof ValueOperand h) || l.value() == null
                || h.value() == null) {
            return;
        }
        String bounds = "lower bound operand: AttributeValue: " + Values.render(l.value())
                + ", upper bound operand: AttributeValue: " + Values.render(h.value());
        if (!l.value().type().equals(h.value().type())) {
            diagnostics.report(Problem.FUNCTION,
                    "The BETWEEN operator requires same data type for lower and upper bounds; " + bounds);
            return;
        }
        Integer order = Values.compare(l.value(), h.value());
        if (order != null && order > 0) {
            diagnostics.report(Problem.FUNCTION,
                    "The BETWEEN operator requires upper bound to be greater than or equal to lower bound; " + bounds);
        }
    }

    /** Checks that two operands are not the same document path. */
    void checkDistinct(String operator, Operand a, Operand b) {
        if (a instanceof PathOperand x && b instanceof PathOperand y && x.path().sameAs(y.path())) {
            diagnostics.report(Problem.DISTINCT, "The first operand must be distinct from the remaining operands "
                    + "for this operator or function; operator: " + operator + ", first operand: " + x.path().describe());
        }
    }

    private void requirePath(String name, Operand operand) {
        if (!(operand instanceof PathOperand)) {
            diagnostics.report(Problem.FUNCTION,
                    "Operator or function requires a document path; operator or function: " + name);
        }
    }

    private void misused(String name) {
        diagnostics.report(Problem.MISUSED_FUNCTION,
                "The function is not allowed to be used this way in an expression; function: " + name);
    }

    private void unknown(String name) {
        diagnostics.report(Problem.UNKNOWN_FUNCTION, "Invalid function name; function: " + name);
    }

    private void operandCount(String name, int count) {
        diagnostics.report(Problem.OPERAND_COUNT, "Incorrect number of operands for operator or function; "
                + "operator or function: " + name + ", number of operands: " + count);
    }

    private void operandType(String name, String type) {
        diagnostics.report(Problem.FUNCTION, "Incorrect operand type for operator or function; "
                + "operator or function: " + name + ", operand type: " + type);
    }
}
