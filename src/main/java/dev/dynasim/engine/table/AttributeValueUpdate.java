package dev.dynasim.engine.table;

import dev.dynasim.engine.model.AttributeValue;

/** A legacy AttributeUpdates entry of UpdateItem: PUT, ADD or DELETE with a value. */
public record AttributeValueUpdate(String action, AttributeValue value) {
}
