package dev.dynasim.engine.expr;

import dev.dynasim.engine.model.AttributeValue;
import java.util.List;

/**
 * One key-condition term: the resolved attribute name, the operator ("=", "<", "<=", ">", ">=",
 * "BETWEEN" or "begins_with") and its value operands (two for BETWEEN, one otherwise).
 */
public record KeyTerm(String attributeName, String operator, List<AttributeValue> operands) {
    public KeyTerm {
        operands = List.copyOf(operands);
    }
}
