package dev.dynasim.engine.model;

import java.util.Map;
import java.util.Optional;

/** A primary key: a partition key and an optional sort key (F1.8). */
public record KeySchema(KeyElement partitionKey, KeyElement sortKey) {
    public KeySchema {
        if (partitionKey == null) throw new NullPointerException("partitionKey");
    }

    /** A simple key: partition key only. */
    public static KeySchema of(String partitionKey, ScalarType type) {
        return new KeySchema(new KeyElement(partitionKey, type), null);
    }

    /** A composite key: partition key and sort key. */
    public static KeySchema of(String partitionKey, ScalarType pkType, String sortKey, ScalarType skType) {
        return new KeySchema(new KeyElement(partitionKey, pkType), new KeyElement(sortKey, skType));
    }

    /** The sort key, if the key is composite. */
    public Optional<KeyElement> sort() {
        return Optional.ofNullable(sortKey);
    }

    /** True when the named attribute is part of this key. */
    public boolean contains(String attributeName) {
        return partitionKey.name().equals(attributeName)
                || (sortKey != null && sortKey.name().equals(attributeName));
    }

    /** The key attributes of an item under this schema (missing ones are left out). */
    public Map<String, AttributeValue> keyOf(Map<String, AttributeValue> item) {
        AttributeValue pk = item.get(partitionKey.name());
        if (sortKey == null) return pk == null ? Map.of() : Map.of(partitionKey.name(), pk);
        AttributeValue sk = item.get(sortKey.name());
        if (pk == null) return sk == null ? Map.of() : Map.of(sortKey.name(), sk);
        return sk == null ? Map.of(partitionKey.name(), pk) : Map.of(partitionKey.name(), pk, sortKey.name(), sk);
    }

    @Override
    public String toString() {
        return sortKey == null ? partitionKey.toString() : partitionKey + ", " + sortKey;
    }
}
