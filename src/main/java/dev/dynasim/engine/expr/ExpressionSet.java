package dev.dynasim.engine.expr;

import dev.dynasim.engine.model.AttributeValue;
import java.util.Map;

/** The expression parameters of one request, exactly as sent; any field may be null. */
public record ExpressionSet(String condition, String keyCondition, String filter, String projection, String update,
                            Map<String, String> names, Map<String, AttributeValue> values) {
}
