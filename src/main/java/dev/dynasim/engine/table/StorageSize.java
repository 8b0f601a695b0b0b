package dev.dynasim.engine.table;

/**
 * What a table's storage is billed on, apart from the request sizes: the items' bytes, 100 bytes
 * of overhead per item, the index entries' bytes and 100 bytes of overhead per entry (F1.24).
 */
public record StorageSize(long itemBytes, long itemOverheadBytes, long indexEntryBytes, long indexOverheadBytes) {

    /** All billed bytes. */
    public long totalBytes() {
        return itemBytes + itemOverheadBytes + indexEntryBytes + indexOverheadBytes;
    }

    @Override
    public String toString() {
        return String.format("%,d bytes billed: items %,d + item overhead %,d + index entries %,d + index overhead %,d",
                totalBytes(), itemBytes, itemOverheadBytes, indexEntryBytes, indexOverheadBytes);
    }
}
