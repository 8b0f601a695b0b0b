package dev.dynasim.engine.table;

import dev.dynasim.engine.model.AttributeValue;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * Orders that DynamoDB leaves unspecified, made the same as DynamoDB Local's so that answers
 * match it element for element. DynamoDB Local keeps BatchGetItem keys and per-table capacities in
 * java.util hash collections, so their order is the iteration order of such a collection, built
 * with the same initial capacity and the same element hash codes.
 */
final class LocalOrder {
    /** Multipliers of DynamoDB Local's attribute-value hash: 31 to the power of the fields after S, N and B. */
    private static final int AFTER_S = pow31(9);
    private static final int AFTER_N = pow31(8);
    private static final int AFTER_B = pow31(7);

    private LocalOrder() {
    }

    /** The keys of one table's BatchGetItem request in the order DynamoDB Local reads them. */
    static List<Map<String, AttributeValue>> batchGetKeys(List<Map<String, AttributeValue>> keys) {
        Set<LocalKey> set = new HashSet<>(keys.size());
        for (Map<String, AttributeValue> key : keys) set.add(new LocalKey(key));
        List<Map<String, AttributeValue>> ordered = new ArrayList<>(keys.size());
        for (LocalKey k : set) ordered.add(k.key);
        return ordered;
    }

    /**
     * Values keyed by table name, in the iteration order of a java.util.HashMap of the given
     * initial capacity (null for the default) filled in the given order.
     */
    static <V> Collection<V> byTableName(Collection<V> values, Function<V, String> name, Integer initialCapacity) {
        Map<String, V> map = initialCapacity == null ? new HashMap<>() : new HashMap<>(initialCapacity);
        for (V v : values) map.put(name.apply(v), v);
        return map.values();
    }

    /** A key with DynamoDB Local's hash code (its Map.hashCode over its own attribute-value hashes). */
    private static final class LocalKey {
        final Map<String, AttributeValue> key;
        private final int hash;

        LocalKey(Map<String, AttributeValue> key) {
            this.key = key;
            int h = 0;
            for (Map.Entry<String, AttributeValue> e : key.entrySet()) h += e.getKey().hashCode() ^ valueHash(e.getValue());
            this.hash = h;
        }

        @Override
        public int hashCode() {
            return hash;
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof LocalKey other && key.equals(other.key);
        }
    }

    private static int valueHash(AttributeValue v) {
        if (v instanceof AttributeValue.S s) return (31 + s.value().hashCode()) * AFTER_S;
        if (v instanceof AttributeValue.N n) return (31 * 31 + n.value().toString().hashCode()) * AFTER_N;
        if (v instanceof AttributeValue.B b) return (31 * 31 * 31 + bufferHash(b.value())) * AFTER_B;
        return v.hashCode();
    }

    /** java.nio.ByteBuffer's hash of a whole buffer. */
    private static int bufferHash(byte[] bytes) {
        int h = 1;
        for (int i = bytes.length - 1; i >= 0; i--) h = 31 * h + bytes[i];
        return h;
    }

    private static int pow31(int n) {
        int p = 1;
        for (int i = 0; i < n; i++) p *= 31;
        return p;
    }
}
