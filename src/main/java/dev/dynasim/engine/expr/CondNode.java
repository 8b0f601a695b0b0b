package dev.dynasim.engine.expr;

import dev.dynasim.engine.model.AttributeValue;
import java.util.List;
import java.util.Map;

/** A node of a parsed condition; evaluates to true or false for an item, never fails. */
sealed interface CondNode {

    /** Whether the item satisfies this node. */
    boolean test(Map<String, AttributeValue> item);

    /**
     * {@code left op right} for one of = &lt;&gt; &lt; &lt;= &gt; &gt;=. A missing attribute is
     * unequal to everything; a size() without a value (of a number, say) makes the comparison false.
     */
    record Comparison(String operator, Operand left, Operand right) implements CondNode {
        @Override
        public boolean test(Map<String, AttributeValue> item) {
            AttributeValue a = left.eval(item);
            AttributeValue b = right.eval(item);
            switch (operator) {
                case "=":
                    return Values.equal(a, b);
                case "<>":
                    if ((a == null && left instanceof Operand.FunctionOperand)
                            || (b == null && right instanceof Operand.FunctionOperand)) {
                        return false;
                    }
                    return !Values.equal(a, b);
                default:
                    Integer order = Values.compare(a, b);
                    if (order == null) {
                        return false;
                    }
                    return switch (operator) {
                        case "<" -> order < 0;
                        case "<=" -> order <= 0;
                        case ">" -> order > 0;
                        default -> order >= 0;
                    };
            }
        }
    }

    /** {@code value BETWEEN low AND high}, bounds inclusive. */
    record Between(Operand value, Operand low, Operand high) implements CondNode {
        @Override
        public boolean test(Map<String, AttributeValue> item) {
            AttributeValue v = value.eval(item);
            Integer above = Values.compare(v, low.eval(item));
            if (above == null || above < 0) {
                return false;
            }
            Integer below = Values.compare(v, high.eval(item));
            return below != null && below <= 0;
        }
    }

    /** {@code value IN (a, b, ...)}. */
    record In(Operand value, List<Operand> options) implements CondNode {
        @Override
        public boolean test(Map<String, AttributeValue> item) {
            AttributeValue v = value.eval(item);
            if (v == null) {
                return false;
            }
            for (Operand option : options) {
                if (Values.equal(v, option.eval(item))) {
                    return true;
                }
            }
            return false;
        }
    }

    /** A boolean function: attribute_exists, attribute_not_exists, attribute_type, begins_with or contains. */
    record FunctionCondition(String name, List<Operand> args) implements CondNode {
        @Override
        public boolean test(Map<String, AttributeValue> item) {
            AttributeValue first = args.get(0).eval(item);
            return switch (name) {
                case "attribute_exists" -> first != null;
                case "attribute_not_exists" -> first == null;
                case "attribute_type" -> first != null && args.get(1).eval(item) instanceof AttributeValue.S type
                        && first.type().equals(type.value());
                case "begins_with" -> Values.beginsWith(first, args.get(1).eval(item));
                case "contains" -> Values.contains(first, args.get(1).eval(item));
                default -> false;
            };
        }
    }

    /** Both sides hold. */
    record And(CondNode left, CondNode right) implements CondNode {
        @Override
        public boolean test(Map<String, AttributeValue> item) {
            return left.test(item) && right.test(item);
        }
    }

    /** Either side holds. */
    record Or(CondNode left, CondNode right) implements CondNode {
        @Override
        public boolean test(Map<String, AttributeValue> item) {
            return left.test(item) || right.test(item);
        }
    }

    /** The inner condition does not hold. */
    record Not(CondNode inner) implements CondNode {
        @Override
        public boolean test(Map<String, AttributeValue> item) {
            return !inner.test(item);
        }
    }
}
