package dev.dynasim.api;

import dev.dynasim.engine.model.AttributeValue;
import dev.dynasim.engine.table.AttributeValueUpdate;
import dev.dynasim.engine.table.DeleteItemRequest;
import dev.dynasim.engine.table.ExpectedAttribute;
import dev.dynasim.engine.table.GetItemRequest;
import dev.dynasim.engine.table.PutItemRequest;
import dev.dynasim.engine.table.UpdateItemRequest;

import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Decodes the single-item requests (PutItem, GetItem, UpdateItem, DeleteItem) from wire bodies. */
final class ItemRequests {
    private ItemRequests() {
    }

    /** PutItem. */
    static PutItemRequest put(WireRequest r) {
        PutItemRequest request = new PutItemRequest(r.requiredString("TableName"), r.requiredValues("Item"),
                r.string("ConditionExpression"), r.stringMap("ExpressionAttributeNames"),
                r.values("ExpressionAttributeValues"), r.returnValues(), r.returnConsumedCapacity(),
                r.returnItemCollectionMetrics(), r.returnValuesOnConditionCheckFailure(),
                expected(r, "Expected"), r.conditionalOperator());
        r.violations().throwIfAny();
        return request;
    }

    /** GetItem. */
    static GetItemRequest get(WireRequest r) {
        GetItemRequest request = new GetItemRequest(r.requiredString("TableName"), r.requiredValues("Key"),
                r.bool("ConsistentRead"), r.string("ProjectionExpression"), r.stringMap("ExpressionAttributeNames"),
                r.strings("AttributesToGet"), r.returnConsumedCapacity());
        r.violations().throwIfAny();
        return request;
    }

    /** UpdateItem. */
    static UpdateItemRequest update(WireRequest r) {
        UpdateItemRequest request = new UpdateItemRequest(r.requiredString("TableName"), r.requiredValues("Key"),
                r.string("UpdateExpression"), r.string("ConditionExpression"), r.stringMap("ExpressionAttributeNames"),
                r.values("ExpressionAttributeValues"), r.returnValues(), r.returnConsumedCapacity(),
                r.returnItemCollectionMetrics(), r.returnValuesOnConditionCheckFailure(),
                expected(r, "Expected"), r.conditionalOperator(), attributeUpdates(r));
        r.violations().throwIfAny();
        return request;
    }

    /** DeleteItem. */
    static DeleteItemRequest delete(WireRequest r) {
        DeleteItemRequest request = new DeleteItemRequest(r.requiredString("TableName"), r.requiredValues("Key"),
                r.string("ConditionExpression"), r.stringMap("ExpressionAttributeNames"),
                r.values("ExpressionAttributeValues"), r.returnValues(), r.returnConsumedCapacity(),
                r.returnItemCollectionMetrics(), r.returnValuesOnConditionCheckFailure(),
                expected(r, "Expected"), r.conditionalOperator());
        r.violations().throwIfAny();
        return request;
    }

    /** A legacy condition map (Expected, KeyConditions, QueryFilter, ScanFilter), or null. */
    static Map<String, ExpectedAttribute> expected(WireRequest r, String name) {
        WireRequest map = r.object(name);
        if (map == null) return null;
        Map<String, ExpectedAttribute> result = new LinkedHashMap<>();
        Iterator<String> names = map.names();
        while (names.hasNext()) {
            String attribute = names.next();
            WireRequest e = map.object(attribute);
            if (e == null) continue;
            List<AttributeValue> list = e.node("AttributeValueList") == null ? null
                    : AttributeValueCodec.decodeList(e.node("AttributeValueList"));
            AttributeValue value = e.node("Value") == null ? null : AttributeValueCodec.decode(e.node("Value"));
            result.put(attribute, new ExpectedAttribute(value, e.optBool("Exists"), e.string("ComparisonOperator"), list));
        }
        return result;
    }

    private static Map<String, AttributeValueUpdate> attributeUpdates(WireRequest r) {
        WireRequest map = r.object("AttributeUpdates");
        if (map == null) return null;
        Map<String, AttributeValueUpdate> result = new LinkedHashMap<>();
        Iterator<String> names = map.names();
        while (names.hasNext()) {
            String attribute = names.next();
            WireRequest u = map.object(attribute);
            if (u == null) continue;
            AttributeValue value = u.node("Value") == null ? null : AttributeValueCodec.decode(u.node("Value"));
            result.put(attribute, new AttributeValueUpdate(u.string("Action"), value));
        }
        return result;
    }
}
