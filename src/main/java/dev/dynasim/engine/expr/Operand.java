package dev.dynasim.engine.expr;

import dev.dynasim.engine.model.AttributeValue;
import java.util.List;
import java.util.Map;

/** An operand of an expression: a document path, a value placeholder, a function call or arithmetic. */
sealed interface Operand {

    /** The operand's value for the item, or null when it has none (missing path, size of a number). */
    AttributeValue eval(Map<String, AttributeValue> item);

    /** The type the operand is known to have before any item is seen, or null. */
    String staticType();

    /** A document path. */
    record PathOperand(Path path) implements Operand {
        @Override
        public AttributeValue eval(Map<String, AttributeValue> item) {
            return path.get(item);
        }

        @Override
        public String staticType() {
            return null;
        }
    }

    /** An {@code :value} placeholder and its value (null when undefined, which fails compilation). */
    record ValueOperand(String placeholder, AttributeValue value) implements Operand {
        @Override
        public AttributeValue eval(Map<String, AttributeValue> item) {
            return value;
        }

        @Override
        public String staticType() {
            return value == null ? null : value.type();
        }
    }

    /** A function call used as an operand: size, if_not_exists or list_append. */
    record FunctionOperand(String name, List<Operand> args) implements Operand {
        @Override
        public AttributeValue eval(Map<String, AttributeValue> item) {
            return switch (name) {
                case "size" -> Values.size(args.get(0).eval(item));
                case "if_not_exists" -> {
                    AttributeValue present = args.get(0).eval(item);
                    yield present != null ? present : args.get(1).eval(item);
                }
                default -> null;
            };
        }

        @Override
        public String staticType() {
            return switch (name) {
                case "size" -> "N";
                case "list_append" -> "L";
                case "if_not_exists" -> args.size() == 2 ? args.get(1).staticType() : null;
                default -> null;
            };
        }
    }

    /** {@code left + right} or {@code left - right} in a SET action. */
    record Arithmetic(String operator, Operand left, Operand right) implements Operand {
        @Override
        public AttributeValue eval(Map<String, AttributeValue> item) {
            return null;
        }

        @Override
        public String staticType() {
            return "N";
        }
    }
}
