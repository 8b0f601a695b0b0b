package dev.dynasim.api;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.dynasim.engine.model.AttributeValue;
import dev.dynasim.engine.table.BatchGetItemResult;
import dev.dynasim.engine.table.BatchWriteItemResult;
import dev.dynasim.engine.table.ItemCollectionMetrics;
import dev.dynasim.engine.table.KeysAndAttributes;
import dev.dynasim.engine.table.TransactGetItemsResult;
import dev.dynasim.engine.table.TransactWriteItemsResult;
import dev.dynasim.engine.table.WriteRequest;

import java.util.List;
import java.util.Map;

/** Encodes batch and transaction results; their ConsumedCapacity is a list, one entry per table. */
final class MultiItemResponses {
    private MultiItemResponses() {
    }

    /** BatchGetItem: Responses and UnprocessedKeys always, ConsumedCapacity when asked. */
    static ObjectNode batchGet(BatchGetItemResult r) {
        ObjectNode body = WireJson.object();
        ObjectNode responses = body.putObject("Responses");
        if (r.responses() != null) {
            for (Map.Entry<String, List<Map<String, AttributeValue>>> e : r.responses().entrySet()) {
                responses.set(e.getKey(), ItemResponses.items(e.getValue()));
            }
        }
        ObjectNode unprocessed = body.putObject("UnprocessedKeys");
        if (r.unprocessedKeys() != null) {
            for (Map.Entry<String, KeysAndAttributes> e : r.unprocessedKeys().entrySet()) {
                unprocessed.set(e.getKey(), keysAndAttributes(e.getValue()));
            }
        }
        if (r.consumedCapacity() != null) body.set("ConsumedCapacity", ItemResponses.capacityList(r.consumedCapacity()));
        return body;
    }

    /** BatchWriteItem: UnprocessedItems always, ConsumedCapacity and ItemCollectionMetrics when asked. */
    static ObjectNode batchWrite(BatchWriteItemResult r) {
        ObjectNode body = WireJson.object();
        ObjectNode unprocessed = body.putObject("UnprocessedItems");
        if (r.unprocessedItems() != null) {
            for (Map.Entry<String, List<WriteRequest>> e : r.unprocessedItems().entrySet()) {
                ArrayNode writes = unprocessed.putArray(e.getKey());
                for (WriteRequest w : e.getValue()) writes.add(writeRequest(w));
            }
        }
        if (r.consumedCapacity() != null) body.set("ConsumedCapacity", ItemResponses.capacityList(r.consumedCapacity()));
        metrics(body, r.itemCollectionMetrics());
        return body;
    }

    /** TransactGetItems: one {@code {"Item": ...}} or {@code {}} per Get. */
    static ObjectNode transactGet(TransactGetItemsResult r) {
        ObjectNode body = WireJson.object();
        if (r.consumedCapacity() != null) body.set("ConsumedCapacity", ItemResponses.capacityList(r.consumedCapacity()));
        ArrayNode responses = body.putArray("Responses");
        for (Map<String, AttributeValue> item : r.responses()) {
            ObjectNode response = responses.addObject();
            if (item != null) response.set("Item", AttributeValueCodec.encodeMap(item));
        }
        return body;
    }

    /** TransactWriteItems. */
    static ObjectNode transactWrite(TransactWriteItemsResult r) {
        ObjectNode body = WireJson.object();
        if (r.consumedCapacity() != null) body.set("ConsumedCapacity", ItemResponses.capacityList(r.consumedCapacity()));
        metrics(body, r.itemCollectionMetrics());
        return body;
    }

    private static void metrics(ObjectNode body, Map<String, List<ItemCollectionMetrics>> metrics) {
        if (metrics == null || metrics.isEmpty()) return;
        ObjectNode byTable = body.putObject("ItemCollectionMetrics");
        for (Map.Entry<String, List<ItemCollectionMetrics>> e : metrics.entrySet()) {
            ArrayNode list = byTable.putArray(e.getKey());
            for (ItemCollectionMetrics m : e.getValue()) list.add(ItemResponses.itemCollectionMetrics(m));
        }
    }

    private static ObjectNode writeRequest(WriteRequest w) {
        ObjectNode node = WireJson.object();
        if (w.putItem() != null) {
            node.putObject("PutRequest").set("Item", AttributeValueCodec.encodeMap(w.putItem()));
        } else {
            node.putObject("DeleteRequest").set("Key", AttributeValueCodec.encodeMap(w.deleteKey()));
        }
        return node;
    }

    private static ObjectNode keysAndAttributes(KeysAndAttributes k) {
        ObjectNode node = WireJson.object();
        node.set("Keys", ItemResponses.items(k.keys()));
        if (k.consistentRead()) node.put("ConsistentRead", true);
        if (k.projectionExpression() != null) node.put("ProjectionExpression", k.projectionExpression());
        if (k.expressionAttributeNames() != null) {
            ObjectNode names = node.putObject("ExpressionAttributeNames");
            k.expressionAttributeNames().forEach(names::put);
        }
        if (k.attributesToGet() != null) {
            ArrayNode names = node.putArray("AttributesToGet");
            k.attributesToGet().forEach(names::add);
        }
        return node;
    }
}
