package dev.dynasim.engine.table;

import dev.dynasim.engine.expr.KeyTerm;
import dev.dynasim.engine.model.AttributeValue;
import dev.dynasim.engine.model.DynamoDbException;
import dev.dynasim.engine.model.KeyElement;
import dev.dynasim.engine.model.KeySchema;
import java.util.Collections;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;

/**
 * What a Query's key condition selects: one partition key value and an optional condition on
 * the sort key, checked against the key schema with DynamoDB's messages (facts V5).
 */
record KeyRange(AttributeValue partitionKey, KeyTerm sortTerm) {
    private static final String MISSED = "Query condition missed key schema element";

    /** The range of a key condition's terms under a key schema. */
    static KeyRange of(KeySchema schema, List<KeyTerm> terms) {
        KeyTerm pkTerm = null;
        KeyTerm skTerm = null;
        for (KeyTerm t : terms) {
            if (t.attributeName().equals(schema.partitionKey().name())) {
                if (pkTerm != null) throw DynamoDbException.validation(MISSED);
                pkTerm = t;
            } else if (schema.sortKey() != null && t.attributeName().equals(schema.sortKey().name())) {
                if (skTerm != null) throw DynamoDbException.validation(MISSED);
                skTerm = t;
            } else {
                throw DynamoDbException.validation(MISSED);
            }
        }
        if (pkTerm == null) throw DynamoDbException.validation(MISSED);
        if (!pkTerm.operator().equals("=")) throw DynamoDbException.validation("Query key condition not supported");
        checkType(schema.partitionKey(), pkTerm);
        if (skTerm != null) checkType(schema.sortKey(), skTerm);
        return new KeyRange(pkTerm.operands().get(0), skTerm);
    }

    private static void checkType(KeyElement key, KeyTerm term) {
        for (AttributeValue v : term.operands()) {
            if (!key.type().matches(v)) {
                throw DynamoDbException.validation(
                        "One or more parameter values were invalid: Condition parameter type does not match schema type");
            }
        }
    }

    /**
     * The entries of the group that satisfy the sort key condition, in the requested direction,
     * strictly after {@code after} when given.
     */
    Iterator<StoredItem> entries(ItemGroup group, SortKey after, boolean forward) {
        if (group == null) return Collections.emptyIterator();
        NavigableMap<SortKey, StoredItem> view = group.entries;
        if (after != null) view = forward ? view.tailMap(after, false) : view.headMap(after, false);
        if (!forward) view = view.descendingMap();
        Iterator<Map.Entry<SortKey, StoredItem>> it = view.entrySet().iterator();
        return new LookaheadIterator<>(() -> {
            while (it.hasNext()) {
                Map.Entry<SortKey, StoredItem> e = it.next();
                if (sortTerm == null) return e.getValue();
                AttributeValue v = e.getKey().parts()[0];
                if (matches(v)) return e.getValue();
                if (forward ? pastUpper(v) : pastLower(v)) return null;
            }
            return null;
        });
    }

    private boolean matches(AttributeValue v) {
        List<AttributeValue> ops = sortTerm.operands();
        return switch (sortTerm.operator()) {
            case "=" -> AttributeValues.compare(v, ops.get(0)) == 0;
            case "<" -> AttributeValues.compare(v, ops.get(0)) < 0;
            case "<=" -> AttributeValues.compare(v, ops.get(0)) <= 0;
            case ">" -> AttributeValues.compare(v, ops.get(0)) > 0;
            case ">=" -> AttributeValues.compare(v, ops.get(0)) >= 0;
            case "BETWEEN" -> AttributeValues.compare(v, ops.get(0)) >= 0 && AttributeValues.compare(v, ops.get(1)) <= 0;
            case "begins_with" -> beginsWith(v, ops.get(0));
            default -> false;
        };
    }

    private boolean pastUpper(AttributeValue v) {
        List<AttributeValue> ops = sortTerm.operands();
        return switch (sortTerm.operator()) {
            case "=", "<", "<=" -> AttributeValues.compare(v, ops.get(0)) > 0;
            case "BETWEEN" -> AttributeValues.compare(v, ops.get(1)) > 0;
            case "begins_with" -> AttributeValues.compare(v, ops.get(0)) > 0 && !beginsWith(v, ops.get(0));
            default -> false;
        };
    }

    private boolean pastLower(AttributeValue v) {
        List<AttributeValue> ops = sortTerm.operands();
        return switch (sortTerm.operator()) {
            case "=", ">", ">=", "BETWEEN", "begins_with" -> AttributeValues.compare(v, ops.get(0)) < 0;
            default -> false;
        };
    }

    private static boolean beginsWith(AttributeValue v, AttributeValue prefix) {
        if (v instanceof AttributeValue.S s && prefix instanceof AttributeValue.S p) return s.value().startsWith(p.value());
        if (v instanceof AttributeValue.B b && prefix instanceof AttributeValue.B p) {
            byte[] x = b.value();
            byte[] y = p.value();
            if (y.length > x.length) return false;
            for (int i = 0; i < y.length; i++) if (x[i] != y[i]) return false;
            return true;
        }
        return false;
    }
}
