package dev.dynasim.engine.expr;

import dev.dynasim.engine.model.AttributeValue;
import dev.dynasim.engine.model.AttributeValue.BS;
import dev.dynasim.engine.model.AttributeValue.N;
import dev.dynasim.engine.model.AttributeValue.NS;
import dev.dynasim.engine.model.AttributeValue.SS;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;

/** The ADD and DELETE arithmetic of update expressions: number addition, set union and set difference. */
final class SetAlgebra {

    private SetAlgebra() {
    }

    /** ADD: the sum or union of the current value (null when missing) and the operand, or null when the types clash. */
    static AttributeValue add(AttributeValue current, AttributeValue operand) {
        if (current == null) {
            return operand;
        }
        if (current instanceof N a && operand instanceof N b) {
            return NumberResults.checked(a.value().add(b.value()));
        }
        if (current instanceof SS a && operand instanceof SS b) {
            return new SS(union(a.value(), b.value()));
        }
        if (current instanceof NS a && operand instanceof NS b) {
            return new NS(union(a.value(), b.value()));
        }
        if (current instanceof BS a && operand instanceof BS b) {
            return new BS(union(a.value(), b.value()));
        }
        return null;
    }

    /**
     * DELETE: the current set without the operand's members; {@link #EMPTY} when nothing is left,
     * or null when the types clash.
     */
    static Object delete(AttributeValue current, AttributeValue operand) {
        List<?> left;
        if (current instanceof SS a && operand instanceof SS b) {
            left = difference(a.value(), b.value());
            return left.isEmpty() ? EMPTY : new SS(cast(left));
        }
        if (current instanceof NS a && operand instanceof NS b) {
            left = difference(a.value(), b.value());
            return left.isEmpty() ? EMPTY : new NS(cast(left));
        }
        if (current instanceof BS a && operand instanceof BS b) {
            left = difference(a.value(), b.value());
            return left.isEmpty() ? EMPTY : new BS(cast(left));
        }
        return null;
    }

    /** Marker: the set became empty and the attribute is removed. */
    static final Object EMPTY = new Object();

    private static <T> List<T> union(List<T> a, List<T> b) {
        LinkedHashSet<T> all = new LinkedHashSet<>(a);
        all.addAll(b);
        return new ArrayList<>(all);
    }

    private static <T> List<T> difference(List<T> a, List<T> b) {
        List<T> left = new ArrayList<>(a);
        left.removeAll(new LinkedHashSet<>(b));
        return left;
    }

    @SuppressWarnings("unchecked")
    private static <T> List<T> cast(List<?> list) {
        return (List<T>) list;
    }
}
