package dev.dynasim.engine.table;

import dev.dynasim.engine.model.AttributeValue;
import java.util.Map;

/** One action of a TransactWriteItems call: kind PUT (item), UPDATE (key, update expression), DELETE (key) or CONDITION_CHECK (key, condition). */
public record TransactWriteItem(TransactAction action, String tableName, Map<String, AttributeValue> item, Map<String, AttributeValue> key, String updateExpression, String conditionExpression, Map<String, String> expressionAttributeNames, Map<String, AttributeValue> expressionAttributeValues, ReturnValue returnValuesOnConditionCheckFailure) {
}
