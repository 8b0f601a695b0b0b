package dev.dynasim.engine.table;

import dev.dynasim.engine.model.AttributeValue;
import java.util.List;
import java.util.Map;

/** The keys to read from one table in a BatchGetItem, with how to read them. */
public record KeysAndAttributes(List<Map<String, AttributeValue>> keys, boolean consistentRead, String projectionExpression, Map<String, String> expressionAttributeNames, List<String> attributesToGet) {
}
