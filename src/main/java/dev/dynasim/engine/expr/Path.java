package dev.dynasim.engine.expr;

import dev.dynasim.engine.model.AttributeValue;
import java.util.List;
import java.util.Map;

/**
 * A document path with placeholders resolved: each element is a map key ({@link String}) or a
 * list index ({@link Integer}); the first element is always a top-level attribute name.
 */
record Path(Object[] elements) {

    /** The top-level attribute name. */
    String head() {
        return (String) elements[0];
    }

    /** The number of elements. */
    int length() {
        return elements.length;
    }

    /** The value at this path in the item, or null when any step is missing or of the wrong type. */
    AttributeValue get(Map<String, AttributeValue> item) {
        AttributeValue current = item.get((String) elements[0]);
        for (int i = 1; i < elements.length && current != null; i++) {
            current = step(current, elements[i]);
        }
        return current;
    }

    /** One navigation step into a map or list value, or null. */
    static AttributeValue step(AttributeValue container, Object element) {
        if (element instanceof String key) {
            return container instanceof AttributeValue.M m ? m.value().get(key) : null;
        }
        if (container instanceof AttributeValue.L l) {
            int index = (Integer) element;
            List<AttributeValue> list = l.value();
            return index < list.size() ? list.get(index) : null;
        }
        return null;
    }

    /** DynamoDB's rendering in messages, e.g. {@code [a, b, [2]]}. */
    String describe() {
        StringBuilder text = new StringBuilder("[");
        for (int i = 0; i < elements.length; i++) {
            if (i > 0) {
                text.append(", ");
            }
            if (elements[i] instanceof Integer index) {
                text.append('[').append(index).append(']');
            } else {
                text.append(elements[i]);
            }
        }
        return text.append(']').toString();
    }

    /**
     * How two paths relate: "overlap" when one is a prefix of the other, "conflict" when they
     * differ first in element kind (key versus index), or null when they are independent.
     */
    static String relation(Path one, Path two) {
        int shared = Math.min(one.elements.length, two.elements.length);
        for (int i = 0; i < shared; i++) {
            Object a = one.elements[i];
            Object b = two.elements[i];
            if (a.getClass() != b.getClass()) {
                return "conflict";
            }
            if (!a.equals(b)) {
                return null;
            }
        }
        return "overlap";
    }

    /** Whether both paths have the same elements. */
    boolean sameAs(Path other) {
        return java.util.Arrays.equals(elements, other.elements);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Path other && sameAs(other);
    }

    @Override
    public int hashCode() {
        return java.util.Arrays.hashCode(elements);
    }

    @Override
    public String toString() {
        return describe();
    }
}
