package dev.dynasim.engine.expr;

import dev.dynasim.engine.expr.CondNode.And;
import dev.dynasim.engine.expr.CondNode.Between;
import dev.dynasim.engine.expr.CondNode.Comparison;
import dev.dynasim.engine.expr.CondNode.FunctionCondition;
import dev.dynasim.engine.expr.CondNode.In;
import dev.dynasim.engine.expr.CondNode.Not;
import dev.dynasim.engine.expr.CondNode.Or;
import dev.dynasim.engine.expr.Operand.FunctionOperand;
import dev.dynasim.engine.expr.Operand.PathOperand;
import dev.dynasim.engine.expr.Operand.ValueOperand;
import dev.dynasim.engine.model.AttributeValue;
import dev.dynasim.engine.model.DynamoDbException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Turns a parsed key-condition expression into its ANDed terms, rejecting the shapes DynamoDB
 * rejects (OR, NOT, IN, &lt;&gt;, other functions, nested paths, two conditions on one key).
 * Whether the names are the table's keys is the table layer's check.
 */
final class KeyConditions {
    private static final Map<String, String> FLIPPED = Map.of("=", "=", "<", ">", "<=", ">=", ">", "<", ">=", "<=");

    private KeyConditions() {
    }

    /** The key terms of the condition, in the order written. */
    static KeyCondition from(CondNode root) {
        List<KeyTerm> terms = new ArrayList<>(2);
        collect(root, terms);
        if (terms.size() > 2) {
            throw DynamoDbException.validation("Conditions can be of length 1 or 2 only");
        }
        return new KeyCondition(terms);
    }

    private static void collect(CondNode node, List<KeyTerm> terms) {
        if (node instanceof And and) {
            collect(and.left(), terms);
            collect(and.right(), terms);
            return;
        }
        KeyTerm term;
        if (node instanceof Or) {
            throw invalidOperator("OR");
        } else if (node instanceof Not) {
            throw invalidOperator("NOT");
        } else if (node instanceof In) {
            throw invalidOperator("IN");
        } else if (node instanceof Comparison comparison) {
            term = comparison(comparison);
        } else if (node instanceof Between between) {
            term = between(between);
        } else {
            term = function((FunctionCondition) node);
        }
        for (KeyTerm earlier : terms) {
            if (earlier.attributeName().equals(term.attributeName())) {
                throw DynamoDbException.validation("KeyConditionExpressions must only contain one condition per key");
            }
        }
        terms.add(term);
    }

    private static KeyTerm comparison(Comparison comparison) {
        if (comparison.operator().equals("<>")) {
            throw invalidOperator("<>");
        }
        checkNotNested(comparison.left());
        checkNotNested(comparison.right());
        boolean leftIsPath = comparison.left() instanceof PathOperand;
        boolean rightIsPath = comparison.right() instanceof PathOperand;
        if (leftIsPath && rightIsPath) {
            throw invalidCondition("Multiple attribute names used in one condition");
        }
        if (!leftIsPath && !rightIsPath) {
            throw invalidCondition("No key attribute specified");
        }
        if (leftIsPath) {
            return new KeyTerm(name(comparison.left()), comparison.operator(), List.of(value(comparison.right())));
        }
        return new KeyTerm(name(comparison.right()), FLIPPED.get(comparison.operator()),
                List.of(value(comparison.left())));
    }

    private static KeyTerm between(Between between) {
        checkNotNested(between.value());
        checkNotNested(between.low());
        checkNotNested(between.high());
        if (!(between.value() instanceof PathOperand)) {
            throw invalidCondition("BETWEEN operator must have the key attribute as its first operand");
        }
        if (between.low() instanceof PathOperand || between.high() instanceof PathOperand) {
            throw invalidCondition("Multiple attribute names used in one condition");
        }
        return new KeyTerm(name(between.value()), "BETWEEN", List.of(value(between.low()), value(between.high())));
    }

    private static KeyTerm function(FunctionCondition function) {
        if (!function.name().equals("begins_with")) {
            throw invalidOperator(function.name());
        }
        Operand first = function.args().get(0);
        Operand second = function.args().get(1);
        checkNotNested(first);
        checkNotNested(second);
        if (!(first instanceof PathOperand)) {
            throw invalidCondition("begins_with operator must have the key attribute as its first operand");
        }
        if (second instanceof PathOperand) {
            throw invalidCondition("Multiple attribute names used in one condition");
        }
        return new KeyTerm(name(first), "begins_with", List.of(value(second)));
    }

    private static void checkNotNested(Operand operand) {
        if (operand instanceof FunctionOperand) {
            throw DynamoDbException.validation("KeyConditionExpressions cannot contain nested operations");
        }
        if (operand instanceof PathOperand path && path.path().length() > 1) {
            throw DynamoDbException.validation("KeyConditionExpressions cannot have conditions on nested attributes");
        }
    }

    private static String name(Operand operand) {
        return ((PathOperand) operand).path().head();
    }

    private static AttributeValue value(Operand operand) {
        return ((ValueOperand) operand).value();
    }

    private static DynamoDbException invalidOperator(String operator) {
        return DynamoDbException.validation("Invalid operator used in KeyConditionExpression: " + operator);
    }

    private static DynamoDbException invalidCondition(String detail) {
        return DynamoDbException.validation("Invalid condition in KeyConditionExpression: " + detail);
    }
}
