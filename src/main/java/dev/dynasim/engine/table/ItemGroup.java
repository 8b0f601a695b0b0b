package dev.dynasim.engine.table;

import dev.dynasim.engine.model.AttributeValue;
import dev.dynasim.engine.partition.Token;
import java.util.TreeMap;

/**
 * All entries that share one partition key value (an item collection), sorted by their
 * {@link SortKey}, with the hashed token that places the group in the key space.
 */
final class ItemGroup implements Comparable<ItemGroup> {
    final AttributeValue partitionKey;
    final Token token;
    final TreeMap<SortKey, StoredItem> entries = new TreeMap<>();
    /** Bytes of the collection counted against the 10 GB item-collection limit (tables with an LSI). */
    long collectionBytes;


    ItemGroup(AttributeValue partitionKey, Token token) {
        this.partitionKey = partitionKey;
        this.token = token;
    }

    @Override
    public int compareTo(ItemGroup other) {
        int c = token.compareTo(other.token);
        return c != 0 ? c : AttributeValues.compare(partitionKey, other.partitionKey);
    }
}
