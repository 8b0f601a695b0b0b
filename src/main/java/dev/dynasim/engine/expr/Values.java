package dev.dynasim.engine.expr;

import dev.dynasim.engine.model.AttributeValue;
import dev.dynasim.engine.model.AttributeValue.B;
import dev.dynasim.engine.model.AttributeValue.BS;
import dev.dynasim.engine.model.AttributeValue.Bool;
import dev.dynasim.engine.model.AttributeValue.L;
import dev.dynasim.engine.model.AttributeValue.M;
import dev.dynasim.engine.model.AttributeValue.N;
import dev.dynasim.engine.model.AttributeValue.NS;
import dev.dynasim.engine.model.AttributeValue.Null;
import dev.dynasim.engine.model.AttributeValue.S;
import dev.dynasim.engine.model.AttributeValue.SS;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Map;

/** DynamoDB's value semantics for expressions: equality, ordering, size, contains, begins_with. */
final class Values {

    private Values() {
    }

    /** Deep equality: numbers by value, sets ignoring member order. */
    static boolean equal(AttributeValue a, AttributeValue b) {
        if (a == null || b == null) {
            return false;
        }
        if (a instanceof S x && b instanceof S y) {
            return x.value().equals(y.value());
        }
        if (a instanceof N x && b instanceof N y) {
            return x.value().compareTo(y.value()) == 0;
        }
        if (a instanceof B x && b instanceof B y) {
            return x.compareTo(y) == 0;
        }
        if (a instanceof Bool x && b instanceof Bool y) {
            return x.value() == y.value();
        }
        if (a instanceof Null && b instanceof Null) {
            return true;
        }
        if (a instanceof SS x && b instanceof SS y) {
            return sameMembers(x.value(), y.value());
        }
        if (a instanceof NS x && b instanceof NS y) {
            return sameMembers(x.value(), y.value());
        }
        if (a instanceof BS x && b instanceof BS y) {
            return sameMembers(x.value(), y.value());
        }
        if (a instanceof L x && b instanceof L y) {
            List<AttributeValue> xs = x.value();
            List<AttributeValue> ys = y.value();
            if (xs.size() != ys.size()) {
                return false;
            }
            for (int i = 0; i < xs.size(); i++) {
                if (!equal(xs.get(i), ys.get(i))) {
                    return false;
                }
            }
            return true;
        }
        if (a instanceof M x && b instanceof M y) {
            Map<String, AttributeValue> xs = x.value();
            Map<String, AttributeValue> ys = y.value();
            if (xs.size() != ys.size()) {
                return false;
            }
            for (Map.Entry<String, AttributeValue> entry : xs.entrySet()) {
                if (!equal(entry.getValue(), ys.get(entry.getKey()))) {
                    return false;
                }
            }
            return true;
        }
        return false;
    }

    private static boolean sameMembers(List<?> xs, List<?> ys) {
        if (xs.size() != ys.size()) {
            return false;
        }
        if (xs.size() <= 8) {
            for (Object x : xs) {
                if (!ys.contains(x)) {
                    return false;
                }
            }
            return true;
        }
        return new HashSet<>(xs).equals(new HashSet<>(ys));
    }

    /**
     * Order of two scalars of the same comparable type (S by UTF-8 bytes, N by value, B as
     * unsigned bytes), or null when they are missing, of different types or not S, N or B.
     */
    static Integer compare(AttributeValue a, AttributeValue b) {
        if (a instanceof N x && b instanceof N y) {
            return x.value().compareTo(y.value());
        }
        if (a instanceof S x && b instanceof S y) {
            return compareStrings(x.value(), y.value());
        }
        if (a instanceof B x && b instanceof B y) {
            return Integer.signum(x.compareTo(y));
        }
        return null;
    }

    /** Code point order, which equals UTF-8 byte order. */
    static int compareStrings(String a, String b) {
        int i = 0;
        int j = 0;
        while (i < a.length() && j < b.length()) {
            int x = a.codePointAt(i);
            int y = b.codePointAt(j);
            if (x != y) {
                return Integer.compare(x, y);
            }
            i += Character.charCount(x);
            j += Character.charCount(y);
        }
        return Integer.compare(a.length() - i, b.length() - j);
    }

    /** The size() function: length of S (characters) and B (bytes), member count of sets, lists and maps; else null. */
    static AttributeValue size(AttributeValue value) {
        int size;
        if (value instanceof S s) {
            size = s.value().codePointCount(0, s.value().length());
        } else if (value instanceof B b) {
            size = b.length();
        } else if (value instanceof SS ss) {
            size = ss.value().size();
        } else if (value instanceof NS ns) {
            size = ns.value().size();
        } else if (value instanceof BS bs) {
            size = bs.value().size();
        } else if (value instanceof L l) {
            size = l.value().size();
        } else if (value instanceof M m) {
            size = m.value().size();
        } else {
            return null;
        }
        return AttributeValue.n(size);
    }

    /** The begins_with function: a string or binary prefix of the same type. */
    static boolean beginsWith(AttributeValue value, AttributeValue prefix) {
        if (value instanceof S s && prefix instanceof S p) {
            return s.value().startsWith(p.value());
        }
        if (value instanceof B b && prefix instanceof B p) {
            byte[] bytes = b.value();
            byte[] start = p.value();
            return start.length <= bytes.length && Arrays.equals(bytes, 0, start.length, start, 0, start.length);
        }
        return false;
    }

    /** The contains function: substring, set membership or list element. */
    static boolean contains(AttributeValue value, AttributeValue operand) {
        if (value == null || operand == null) {
            return false;
        }
        if (value instanceof S s && operand instanceof S o) {
            return s.value().contains(o.value());
        }
        if (value instanceof SS ss && operand instanceof S o) {
            return ss.value().contains(o.value());
        }
        if (value instanceof NS ns && operand instanceof N o) {
            return ns.value().contains(o);
        }
        if (value instanceof BS bs && operand instanceof B o) {
            return bs.value().contains(o);
        }
        if (value instanceof L l) {
            for (AttributeValue element : l.value()) {
                if (equal(element, operand)) {
                    return true;
                }
            }
        }
        return false;
    }

    /** A value as DynamoDB renders it in messages, e.g. {@code {N:2}}. */
    static String render(AttributeValue value) {
        String text = value instanceof N n ? n.text() : value instanceof S s ? s.value() : String.valueOf(value);
        return "{" + value.type() + ":" + text + "}";
    }
}
