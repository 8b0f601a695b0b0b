package dev.dynasim.engine.expr;

import dev.dynasim.engine.model.AttributeValue;
import dev.dynasim.engine.model.AttributeValue.L;
import dev.dynasim.engine.model.AttributeValue.M;
import dev.dynasim.engine.model.DynamoDbException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Writes and removes values at document paths of an item, copying the nested maps and lists it changes. */
final class DocumentEditor {
    static final String INVALID_PATH = "The document path provided in the update expression is invalid for update";

    private DocumentEditor() {
    }

    /** Puts the value at the path; the parent must exist (a list index past the end appends). */
    static void put(Map<String, AttributeValue> item, Path path, AttributeValue value) {
        if (path.length() == 1) {
            item.put(path.head(), value);
            return;
        }
        AttributeValue top = item.get(path.head());
        if (top == null) {
            throw DynamoDbException.validation(INVALID_PATH);
        }
        item.put(path.head(), putIn(top, path, 1, value));
    }

    private static AttributeValue putIn(AttributeValue container, Path path, int index, AttributeValue value) {
        Object element = path.elements()[index];
        boolean last = index == path.length() - 1;
        if (element instanceof String key) {
            if (!(container instanceof M m)) {
                throw DynamoDbException.validation(INVALID_PATH);
            }
            Map<String, AttributeValue> map = new LinkedHashMap<>(m.value());
            if (last) {
                map.put(key, value);
            } else {
                AttributeValue child = map.get(key);
                if (child == null) {
                    throw DynamoDbException.validation(INVALID_PATH);
                }
                map.put(key, putIn(child, path, index + 1, value));
            }
            return new M(map);
        }
        if (!(container instanceof L l)) {
            throw DynamoDbException.validation(INVALID_PATH);
        }
        int position = (Integer) element;
        List<AttributeValue> list = new ArrayList<>(l.value());
        if (last) {
            if (position < list.size()) {
                list.set(position, value);
            } else {
                list.add(value);
            }
        } else {
            if (position >= list.size()) {
                throw DynamoDbException.validation(INVALID_PATH);
            }
            list.set(position, putIn(list.get(position), path, index + 1, value));
        }
        return new L(list);
    }

    /** Removes the value at the path; a missing path (or parent) is left as it is. */
    static void remove(Map<String, AttributeValue> item, Path path) {
        if (path.length() == 1) {
            item.remove(path.head());
            return;
        }
        AttributeValue top = item.get(path.head());
        if (top == null) {
            return;
        }
        AttributeValue changed = removeIn(top, path, 1);
        if (changed != null) {
            item.put(path.head(), changed);
        }
    }

    private static AttributeValue removeIn(AttributeValue container, Path path, int index) {
        Object element = path.elements()[index];
        boolean last = index == path.length() - 1;
        if (element instanceof String key) {
            if (!(container instanceof M m) || !m.value().containsKey(key)) {
                return null;
            }
            Map<String, AttributeValue> map = new LinkedHashMap<>(m.value());
            if (last) {
                map.remove(key);
            } else {
                AttributeValue changed = removeIn(map.get(key), path, index + 1);
                if (changed == null) {
                    return null;
                }
                map.put(key, changed);
            }
            return new M(map);
        }
        int position = (Integer) element;
        if (!(container instanceof L l) || position >= l.value().size()) {
            return null;
        }
        List<AttributeValue> list = new ArrayList<>(l.value());
        if (last) {
            list.remove(position);
        } else {
            AttributeValue changed = removeIn(list.get(position), path, index + 1);
            if (changed == null) {
                return null;
            }
            list.set(position, changed);
        }
        return new L(list);
    }
}
