package dev.dynasim.engine.table;

/** An attribute definition as sent: name and type text (validated against S/N/B). */
public record AttributeDefinition(String attributeName, String attributeType) {
}
