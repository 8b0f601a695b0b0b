package dev.dynasim.engine.expr;

import dev.dynasim.engine.model.AttributeValue;
import dev.dynasim.engine.model.AttributeValue.L;
import dev.dynasim.engine.model.AttributeValue.M;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * A compiled projection. Nested paths keep the enclosing maps and lists; the kept elements of a
 * list are compacted in index order, as DynamoDB returns them.
 */
final class CompiledProjection implements ProjectionPaths {
    private final Path[] paths;
    private final boolean flat;
    private final Set<String> topLevelNames;

    CompiledProjection(List<Path> paths) {
        this.paths = paths.toArray(new Path[0]);
        boolean allTop = true;
        Set<String> names = new LinkedHashSet<>();
        for (Path path : paths) {
            allTop &= path.length() == 1;
            names.add(path.head());
        }
        this.flat = allTop;
        this.topLevelNames = Set.copyOf(names);
    }

    @Override
    public Map<String, AttributeValue> apply(Map<String, AttributeValue> item) {
        Map<String, AttributeValue> result = new LinkedHashMap<>();
        if (flat) {
            for (Path path : paths) {
                AttributeValue value = item.get(path.head());
                if (value != null) {
                    result.put(path.head(), value);
                }
            }
            return result;
        }
        Map<String, Object> tree = new LinkedHashMap<>();
        for (Path path : paths) {
            AttributeValue value = path.get(item);
            if (value != null) {
                insert(tree, path, value);
            }
        }
        for (Map.Entry<String, Object> entry : tree.entrySet()) {
            result.put(entry.getKey(), build(entry.getValue()));
        }
        return result;
    }

    @SuppressWarnings("unchecked")
    private static void insert(Map<String, Object> tree, Path path, AttributeValue value) {
        Object[] elements = path.elements();
        Object node = tree;
        for (int i = 0; i < elements.length; i++) {
            boolean last = i == elements.length - 1;
            Object child = last ? value : elements[i + 1] instanceof Integer ? new TreeMap<Integer, Object>()
                    : new LinkedHashMap<String, Object>();
            Object existing;
            if (node instanceof TreeMap<?, ?> list) {
                existing = ((TreeMap<Integer, Object>) list).putIfAbsent((Integer) elements[i], child);
            } else if (node instanceof LinkedHashMap<?, ?> map) {
                existing = ((Map<String, Object>) map).putIfAbsent((String) elements[i], child);
            } else {
                return;
            }
            node = existing != null ? existing : child;
        }
    }

    @SuppressWarnings("unchecked")
    private static AttributeValue build(Object node) {
        if (node instanceof AttributeValue value) {
            return value;
        }
        if (node instanceof TreeMap<?, ?> list) {
            List<AttributeValue> elements = new ArrayList<>(list.size());
            for (Object child : list.values()) {
                elements.add(build(child));
            }
            return new L(elements);
        }
        Map<String, AttributeValue> map = new LinkedHashMap<>();
        for (Map.Entry<String, Object> entry : ((Map<String, Object>) node).entrySet()) {
            map.put(entry.getKey(), build(entry.getValue()));
        }
        return new M(map);
    }

    @Override
    public String toString() {
        return "Projection" + java.util.Arrays.toString(paths);
    }

    @Override
    public Set<String> topLevelNames() {
        return topLevelNames;
    }
}
