package dev.dynasim.api;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.dynasim.engine.model.AttributeValue;
import dev.dynasim.engine.table.Capacity;
import dev.dynasim.engine.table.ConsumedCapacity;
import dev.dynasim.engine.table.DeleteItemResult;
import dev.dynasim.engine.table.GetItemResult;
import dev.dynasim.engine.table.ItemCollectionMetrics;
import dev.dynasim.engine.table.PutItemResult;
import dev.dynasim.engine.table.QueryResult;
import dev.dynasim.engine.table.UpdateItemResult;

import java.util.List;
import java.util.Map;

/**
 * Encodes single-item, Query and Scan results, and consumed capacity: a single object for
 * single-item operations, with Table/index breakdowns only where the engine filled them (INDEXES).
 */
final class ItemResponses {
    private ItemResponses() {
    }

    /** PutItem. */
    static ObjectNode put(PutItemResult r) {
        return write(r.attributes(), r.consumedCapacity(), r.itemCollectionMetrics());
    }

    /** UpdateItem. */
    static ObjectNode update(UpdateItemResult r) {
        return write(r.attributes(), r.consumedCapacity(), r.itemCollectionMetrics());
    }

    /** DeleteItem. */
    static ObjectNode delete(DeleteItemResult r) {
        return write(r.attributes(), r.consumedCapacity(), r.itemCollectionMetrics());
    }

    /** GetItem: Item only when found. */
    static ObjectNode get(GetItemResult r) {
        ObjectNode body = WireJson.object();
        if (r.item() != null) body.set("Item", AttributeValueCodec.encodeMap(r.item()));
        if (r.consumedCapacity() != null) body.set("ConsumedCapacity", capacity(r.consumedCapacity()));
        return body;
    }

    /** Query and Scan: Items (absent for Select=COUNT), Count, ScannedCount, LastEvaluatedKey. */
    static ObjectNode query(QueryResult r) {
        ObjectNode body = WireJson.object();
        if (r.items() != null) body.set("Items", items(r.items()));
        body.put("Count", r.count());
        body.put("ScannedCount", r.scannedCount());
        if (r.lastEvaluatedKey() != null) body.set("LastEvaluatedKey", AttributeValueCodec.encodeMap(r.lastEvaluatedKey()));
        if (r.consumedCapacity() != null) body.set("ConsumedCapacity", capacity(r.consumedCapacity()));
        return body;
    }

    /** A list of items. */
    static ArrayNode items(List<Map<String, AttributeValue>> items) {
        ArrayNode list = WireJson.mapper().createArrayNode();
        for (Map<String, AttributeValue> item : items) list.add(AttributeValueCodec.encodeMap(item));
        return list;
    }

    /** One ConsumedCapacity object. */
    static ObjectNode capacity(ConsumedCapacity c) {
        ObjectNode node = WireJson.object();
        node.put("TableName", c.tableName());
        node.put("CapacityUnits", c.capacityUnits());
        if (c.readCapacityUnits() != null) node.put("ReadCapacityUnits", c.readCapacityUnits());
        if (c.writeCapacityUnits() != null) node.put("WriteCapacityUnits", c.writeCapacityUnits());
        if (c.table() != null) node.set("Table", capacity(c.table()));
        if (c.localSecondaryIndexes() != null && !c.localSecondaryIndexes().isEmpty()) {
            node.set("LocalSecondaryIndexes", capacities(c.localSecondaryIndexes()));
        }
        if (c.globalSecondaryIndexes() != null && !c.globalSecondaryIndexes().isEmpty()) {
            node.set("GlobalSecondaryIndexes", capacities(c.globalSecondaryIndexes()));
        }
        return node;
    }

    /** A list of ConsumedCapacity objects (batch and transaction operations). */
    static ArrayNode capacityList(List<ConsumedCapacity> list) {
        ArrayNode array = WireJson.mapper().createArrayNode();
        for (ConsumedCapacity c : list) array.add(capacity(c));
        return array;
    }

    /** One ItemCollectionMetrics object. */
    static ObjectNode itemCollectionMetrics(ItemCollectionMetrics m) {
        ObjectNode node = WireJson.object();
        node.set("ItemCollectionKey", AttributeValueCodec.encodeMap(m.itemCollectionKey()));
        ArrayNode range = node.putArray("SizeEstimateRangeGB");
        for (Double d : m.sizeEstimateRangeGB()) range.add(d);
        return node;
    }

    private static ObjectNode capacity(Capacity c) {
        ObjectNode node = WireJson.object();
        node.put("CapacityUnits", c.capacityUnits());
        if (c.readCapacityUnits() != null) node.put("ReadCapacityUnits", c.readCapacityUnits());
        if (c.writeCapacityUnits() != null) node.put("WriteCapacityUnits", c.writeCapacityUnits());
        return node;
    }

    private static ObjectNode capacities(Map<String, Capacity> byIndex) {
        ObjectNode node = WireJson.object();
        for (Map.Entry<String, Capacity> e : byIndex.entrySet()) node.set(e.getKey(), capacity(e.getValue()));
        return node;
    }

    private static ObjectNode write(Map<String, AttributeValue> attributes, ConsumedCapacity capacity,
                                    ItemCollectionMetrics metrics) {
        ObjectNode body = WireJson.object();
        if (attributes != null && !attributes.isEmpty()) body.set("Attributes", AttributeValueCodec.encodeMap(attributes));
        if (capacity != null) body.set("ConsumedCapacity", capacity(capacity));
        if (metrics != null) body.set("ItemCollectionMetrics", itemCollectionMetrics(metrics));
        return body;
    }
}
