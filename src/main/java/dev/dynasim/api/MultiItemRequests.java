package dev.dynasim.api;

import com.fasterxml.jackson.databind.JsonNode;
import dev.dynasim.engine.model.AttributeValue;
import dev.dynasim.engine.model.DynamoDbException;
import dev.dynasim.engine.model.Limits;
import dev.dynasim.engine.table.BatchGetItemRequest;
import dev.dynasim.engine.table.BatchWriteItemRequest;
import dev.dynasim.engine.table.KeysAndAttributes;
import dev.dynasim.engine.table.TransactAction;
import dev.dynasim.engine.table.TransactGetItem;
import dev.dynasim.engine.table.TransactGetItemsRequest;
import dev.dynasim.engine.table.TransactWriteItem;
import dev.dynasim.engine.table.TransactWriteItemsRequest;
import dev.dynasim.engine.table.WriteRequest;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Decodes the batch and transaction requests from wire bodies. */
final class MultiItemRequests {
    private static final String[] WRITE_ACTIONS = {"Put", "Update", "Delete", "ConditionCheck"};

    private MultiItemRequests() {
    }

    /** BatchGetItem. */
    static BatchGetItemRequest batchGet(WireRequest r) {
        WireRequest items = r.object("RequestItems");
        if (items == null) r.violations().add(null, r.path("RequestItems"), "Member must not be null");
        Map<String, KeysAndAttributes> requestItems = new LinkedHashMap<>();
        if (items != null) {
            Iterator<String> tables = items.names();
            while (tables.hasNext()) {
                String table = tables.next();
                WireRequest k = items.object(table);
                if (k != null) requestItems.put(table, keysAndAttributes(k));
            }
        }
        BatchGetItemRequest request = new BatchGetItemRequest(requestItems, r.returnConsumedCapacity());
        r.violations().throwIfAny();
        return request;
    }

    /** One table's keys of a BatchGetItem (also the shape of UnprocessedKeys). */
    static KeysAndAttributes keysAndAttributes(WireRequest k) {
        JsonNode keysNode = k.node("Keys");
        List<Map<String, AttributeValue>> keys = new ArrayList<>();
        if (keysNode != null) {
            if (!keysNode.isArray()) throw WireErrors.serialization("Expected an array for '" + k.path("Keys") + "'");
            for (JsonNode key : keysNode) keys.add(AttributeValueCodec.decodeMap(key));
        }
        return new KeysAndAttributes(keys, k.bool("ConsistentRead"), k.string("ProjectionExpression"),
                k.stringMap("ExpressionAttributeNames"), k.strings("AttributesToGet"));
    }

    /** BatchWriteItem. */
    static BatchWriteItemRequest batchWrite(WireRequest r) {
        WireRequest items = r.object("RequestItems");
        if (items == null) r.violations().add(null, r.path("RequestItems"), "Member must not be null");
        Map<String, List<WriteRequest>> requestItems = new LinkedHashMap<>();
        if (items != null) {
            Iterator<String> tables = items.names();
            while (tables.hasNext()) {
                String table = tables.next();
                List<WireRequest> writes = items.objects(table);
                List<WriteRequest> list = new ArrayList<>(writes == null ? 0 : writes.size());
                if (writes != null) for (WireRequest w : writes) list.add(writeRequest(w));
                requestItems.put(table, list);
            }
        }
        BatchWriteItemRequest request = new BatchWriteItemRequest(requestItems, r.returnConsumedCapacity(),
                r.returnItemCollectionMetrics());
        r.violations().throwIfAny();
        return request;
    }

    private static WriteRequest writeRequest(WireRequest w) {
        WireRequest put = w.object("PutRequest");
        WireRequest delete = w.object("DeleteRequest");
        if ((put == null) == (delete == null)) {
            throw DynamoDbException.validation("Supplied WriteRequest must contain exactly one of PutRequest or DeleteRequest");
        }
        return put != null ? new WriteRequest(put.requiredValues("Item"), null)
                : new WriteRequest(null, delete.requiredValues("Key"));
    }

    /** TransactGetItems. */
    static TransactGetItemsRequest transactGet(WireRequest r) {
        List<WireRequest> items = transactItems(r);
        List<TransactGetItem> gets = new ArrayList<>(items.size());
        for (WireRequest item : items) {
            WireRequest get = item.object("Get");
            if (get == null) {
                item.violations().add(null, item.path("Get"), "Member must not be null");
                continue;
            }
            gets.add(new TransactGetItem(get.requiredString("TableName"), get.requiredValues("Key"),
                    get.string("ProjectionExpression"), get.stringMap("ExpressionAttributeNames")));
        }
        TransactGetItemsRequest request = new TransactGetItemsRequest(gets, r.returnConsumedCapacity());
        r.violations().throwIfAny();
        return request;
    }

    /** TransactWriteItems. */
    static TransactWriteItemsRequest transactWrite(WireRequest r) {
        List<WireRequest> items = transactItems(r);
        List<TransactWriteItem> writes = new ArrayList<>(items.size());
        for (WireRequest item : items) writes.add(transactWriteItem(item));
        TransactWriteItemsRequest request = new TransactWriteItemsRequest(writes, r.returnConsumedCapacity(),
                r.returnItemCollectionMetrics(), r.string("ClientRequestToken"));
        r.violations().throwIfAny();
        return request;
    }

    private static TransactWriteItem transactWriteItem(WireRequest item) {
        String kind = null;
        WireRequest a = null;
        for (String candidate : WRITE_ACTIONS) {
            WireRequest o = item.object(candidate);
            if (o == null) continue;
            if (kind != null) {
                throw DynamoDbException.validation("TransactItems can only contain one of Check, Put, Update or Delete");
            }
            kind = candidate;
            a = o;
        }
        if (kind == null) {
            throw DynamoDbException.validation("TransactItems can only contain one of Check, Put, Update or Delete");
        }
        TransactAction action = switch (kind) {
            case "Put" -> TransactAction.PUT;
            case "Update" -> TransactAction.UPDATE;
            case "Delete" -> TransactAction.DELETE;
            default -> TransactAction.CONDITION_CHECK;
        };
        Map<String, AttributeValue> itemValues = action == TransactAction.PUT ? a.requiredValues("Item") : null;
        Map<String, AttributeValue> key = action == TransactAction.PUT ? null : a.requiredValues("Key");
        String update = action == TransactAction.UPDATE ? a.requiredString("UpdateExpression") : null;
        String condition = action == TransactAction.CONDITION_CHECK ? a.requiredString("ConditionExpression")
                : a.string("ConditionExpression");
        return new TransactWriteItem(action, a.requiredString("TableName"), itemValues, key, update, condition,
                a.stringMap("ExpressionAttributeNames"), a.values("ExpressionAttributeValues"),
                a.returnValuesOnConditionCheckFailure());
    }

    /**
     * TransactItems with its length constraint, worded as DynamoDB Local words it (oracle errors.jsonl
     * transact-empty, transact-101-actions).
     */
    private static List<WireRequest> transactItems(WireRequest r) {
        List<WireRequest> items = r.objects("TransactItems");
        if (items == null) {
            r.violations().add(null, r.path("TransactItems"), "Member must not be null");
            r.violations().throwIfAny();
        }
        if (items.isEmpty()) {
            throw DynamoDbException.validation("Value [] at 'transactItems' failed to satisfy constraint: "
                    + "Member must have length greater than or equal to 1");
        }
        if (items.size() > Limits.MAX_TRANSACTION_ITEMS) {
            throw DynamoDbException.validation("Member must have length less than or equal to " + Limits.MAX_TRANSACTION_ITEMS);
        }
        return items;
    }
}
