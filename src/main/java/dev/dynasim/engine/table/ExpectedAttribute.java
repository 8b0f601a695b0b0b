package dev.dynasim.engine.table;

import dev.dynasim.engine.model.AttributeValue;
import java.util.List;

/** A legacy condition on one attribute (Expected, KeyConditions, QueryFilter, ScanFilter): Exists/Value or ComparisonOperator/AttributeValueList. */
public record ExpectedAttribute(AttributeValue value, Boolean exists, String comparisonOperator, List<AttributeValue> attributeValueList) {
}
