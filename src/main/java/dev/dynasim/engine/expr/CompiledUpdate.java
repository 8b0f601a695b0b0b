package dev.dynasim.engine.expr;

import dev.dynasim.engine.expr.Operand.Arithmetic;
import dev.dynasim.engine.expr.Operand.FunctionOperand;
import dev.dynasim.engine.expr.Operand.PathOperand;
import dev.dynasim.engine.model.AttributeValue;
import dev.dynasim.engine.model.AttributeValue.L;
import dev.dynasim.engine.model.AttributeValue.N;
import dev.dynasim.engine.model.DynamoDbException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A compiled update expression. SET values are computed from the item as it was; then SET,
 * REMOVE (list indexes from the highest down), ADD and DELETE are applied to a copy.
 */
final class CompiledUpdate implements Update {
    static final String WRONG_TYPE = "An operand in the update expression has an incorrect data type";
    static final String MISSING = "The provided expression refers to an attribute that does not exist in the item";

    private final List<UpdateAction.Set> sets = new ArrayList<>();
    private final List<UpdateAction.Remove> removes = new ArrayList<>();
    private final List<UpdateAction> additions = new ArrayList<>();
    private final Set<String> topLevelNames;
    private final ProjectionPaths updatedPaths;
    private final String text;

    CompiledUpdate(String text, List<UpdateAction> actions) {
        this.text = text;
        Set<String> names = new LinkedHashSet<>();
        List<Path> tops = new ArrayList<>();
        for (UpdateAction action : actions) {
            if (action instanceof UpdateAction.Set set) {
                sets.add(set);
            } else if (action instanceof UpdateAction.Remove remove) {
                removes.add(remove);
            } else {
                additions.add(action);
            }
            if (names.add(action.path().head())) {
                tops.add(new Path(new Object[] {action.path().head()}));
            }
        }
        removes.sort(Comparator.comparing(UpdateAction.Remove::path, CompiledUpdate::descending));
        additions.sort(Comparator.comparing(a -> a instanceof UpdateAction.Add ? 0 : 1));
        this.topLevelNames = Set.copyOf(names);
        this.updatedPaths = new CompiledProjection(tops);
    }

    @Override
    public Map<String, AttributeValue> apply(Map<String, AttributeValue> item) {
        AttributeValue[] values = new AttributeValue[sets.size()];
        for (int i = 0; i < values.length; i++) {
            values[i] = evaluate(sets.get(i).value(), item);
        }
        Map<String, AttributeValue> result = new LinkedHashMap<>(item);
        for (int i = 0; i < values.length; i++) {
            DocumentEditor.put(result, sets.get(i).path(), values[i]);
        }
        for (UpdateAction.Remove remove : removes) {
            DocumentEditor.remove(result, remove.path());
        }
        for (UpdateAction action : additions) {
            AttributeValue current = action.path().get(result);
            if (action instanceof UpdateAction.Add add) {
                AttributeValue sum = SetAlgebra.add(current, add.value());
                if (sum == null) {
                    throw DynamoDbException.validation(WRONG_TYPE);
                }
                DocumentEditor.put(result, action.path(), sum);
            } else if (current != null) {
                Object left = SetAlgebra.delete(current, ((UpdateAction.Delete) action).value());
                if (left == null) {
                    throw DynamoDbException.validation(WRONG_TYPE);
                }
                if (left == SetAlgebra.EMPTY) {
                    DocumentEditor.remove(result, action.path());
                } else {
                    DocumentEditor.put(result, action.path(), (AttributeValue) left);
                }
            }
        }
        return result;
    }

    private static AttributeValue evaluate(Operand operand, Map<String, AttributeValue> item) {
        if (operand instanceof PathOperand path) {
            AttributeValue value = path.eval(item);
            if (value == null) {
                throw DynamoDbException.validation(MISSING);
            }
            return value;
        }
        if (operand instanceof Arithmetic arithmetic) {
            AttributeValue left = evaluate(arithmetic.left(), item);
            AttributeValue right = evaluate(arithmetic.right(), item);
            if (!(left instanceof N a) || !(right instanceof N b)) {
                throw DynamoDbException.validation(WRONG_TYPE);
            }
            return NumberResults.checked(arithmetic.operator().equals("+") ? a.value().add(b.value())
                    : a.value().subtract(b.value()));
        }
        if (operand instanceof FunctionOperand function) {
            if (function.name().equals("if_not_exists")) {
                AttributeValue present = function.args().get(0).eval(item);
                return present != null ? present : evaluate(function.args().get(1), item);
            }
            AttributeValue first = evaluate(function.args().get(0), item);
            AttributeValue second = evaluate(function.args().get(1), item);
            if (!(first instanceof L a) || !(second instanceof L b)) {
                throw DynamoDbException.validation(WRONG_TYPE);
            }
            List<AttributeValue> joined = new ArrayList<>(a.value().size() + b.value().size());
            joined.addAll(a.value());
            joined.addAll(b.value());
            return new L(joined);
        }
        return operand.eval(item);
    }

    private static int descending(Path a, Path b) {
        Object[] x = a.elements();
        Object[] y = b.elements();
        for (int i = 0; i < Math.min(x.length, y.length); i++) {
            int order;
            if (x[i] instanceof Integer p && y[i] instanceof Integer q) {
                order = Integer.compare(p, q);
            } else {
                order = String.valueOf(x[i]).compareTo(String.valueOf(y[i]));
            }
            if (order != 0) {
                return -order;
            }
        }
        return Integer.compare(y.length, x.length);
    }

    @Override
    public String toString() {
        return "Update[" + text + "]";
    }

    @Override
    public Set<String> topLevelNames() {
        return topLevelNames;
    }

    @Override
    public ProjectionPaths updatedPaths() {
        return updatedPaths;
    }
}
