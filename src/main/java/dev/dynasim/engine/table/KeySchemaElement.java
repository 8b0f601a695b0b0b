package dev.dynasim.engine.table;

/** A key schema element as sent: attribute name and key type text (HASH or RANGE). */
public record KeySchemaElement(String attributeName, String keyType) {
}
