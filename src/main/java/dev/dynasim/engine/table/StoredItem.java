package dev.dynasim.engine.table;

import dev.dynasim.engine.model.AttributeValue;
import dev.dynasim.engine.model.ItemSizes;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/** An item as stored: an unmodifiable attribute map and its size in bytes, computed once. */
record StoredItem(Map<String, AttributeValue> attributes, long bytes) {

    /** Stores a copy of the attributes with their measured size. */
    static StoredItem of(Map<String, AttributeValue> attributes) {
        Map<String, AttributeValue> copy = Collections.unmodifiableMap(new LinkedHashMap<>(attributes));
        return new StoredItem(copy, ItemSizes.itemBytes(copy));
    }
}
