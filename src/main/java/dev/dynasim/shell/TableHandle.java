package dev.dynasim.shell;

import dev.dynasim.engine.model.AttributeValue;
import dev.dynasim.engine.model.BillingMode;
import dev.dynasim.engine.model.KeySchema;
import dev.dynasim.engine.partition.KeyPlacement;
import dev.dynasim.engine.replication.ReplicaView;
import dev.dynasim.engine.partition.PartitionMap;
import dev.dynasim.engine.table.Database;
import dev.dynasim.engine.table.DeleteItemRequest;
import dev.dynasim.engine.table.GetItemRequest;
import dev.dynasim.engine.table.PutItemRequest;
import dev.dynasim.engine.table.QueryRequest;
import dev.dynasim.engine.table.ReturnConsumedCapacity;
import dev.dynasim.engine.table.ReturnValue;
import dev.dynasim.engine.table.ScanRequest;
import dev.dynasim.engine.table.StorageSize;
import dev.dynasim.engine.table.UpdateItemRequest;
import dev.dynasim.engine.table.Usage;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * One table, for the shell: put, get, update, delete, query and scan with plain Java values.
 * Every call reports the capacity it consumed.
 */
public final class TableHandle {
    private final Database db;
    private final String name;

    TableHandle(Database db, String name) {
        this.db = db;
        this.name = name;
    }

    /** The table's name. */
    public String name() {
        return name;
    }

    /** Writes an item, replacing any item with the same key: {@code put(item("pk", "a", "n", 1))}. */
    public ItemResult put(Map<String, AttributeValue> item) {
        var r = db.putItem(new PutItemRequest(name, item, null, null, null, ReturnValue.NONE,
                ReturnConsumedCapacity.TOTAL, false, null, null, null));
        return new ItemResult(null, r.consumedCapacity(), writeUnit(), keyNames());
    }

    /** Writes an item only if the condition holds, e.g. {@code "attribute_not_exists(pk)"}. */
    public ItemResult put(Map<String, AttributeValue> item, String condition, Object... values) {
        var r = db.putItem(new PutItemRequest(name, item, condition, null, placeholders(values), ReturnValue.NONE,
                ReturnConsumedCapacity.TOTAL, false, null, null, null));
        return new ItemResult(null, r.consumedCapacity(), writeUnit(), keyNames());
    }

    /** Reads an item, eventually consistent (half price). */
    public ItemResult get(Map<String, AttributeValue> key) {
        return get(key, false);
    }

    /** Reads an item, strongly consistent when {@code consistent}. */
    public ItemResult get(Map<String, AttributeValue> key, boolean consistent) {
        var r = db.getItem(new GetItemRequest(name, key, consistent, null, null, null, ReturnConsumedCapacity.TOTAL));
        return new ItemResult(r.item(), r.consumedCapacity(), readUnit(), keyNames());
    }

    /** Updates an item with an update expression, e.g. {@code update(key, "SET n = n + :one", ":one", 1)}. */
    public ItemResult update(Map<String, AttributeValue> key, String updateExpression, Object... values) {
        var r = db.updateItem(new UpdateItemRequest(name, key, updateExpression, null, null, placeholders(values),
                ReturnValue.ALL_NEW, ReturnConsumedCapacity.TOTAL, false, null, null, null, null));
        return new ItemResult(r.attributes(), r.consumedCapacity(), writeUnit(), keyNames());
    }

    /** Deletes an item and shows what was deleted. */
    public ItemResult delete(Map<String, AttributeValue> key) {
        var r = db.deleteItem(new DeleteItemRequest(name, key, null, null, null, ReturnValue.ALL_OLD,
                ReturnConsumedCapacity.TOTAL, false, null, null, null));
        return new ItemResult(r.attributes(), r.consumedCapacity(), writeUnit(), keyNames());
    }

    /** Queries with a key condition, e.g. {@code query("pk = :p AND sk > :s", ":p", "a", ":s", 3)}. */
    public ItemsResult query(String keyCondition, Object... values) {
        var r = db.query(new QueryRequest(name, null, keyCondition, null, null, null, placeholders(values), null, null,
                false, null, null, ReturnConsumedCapacity.TOTAL, null, null, null, null));
        return new ItemsResult(r, keyNames(), readUnit());
    }

    /** Queries a secondary index with a key condition. */
    public ItemsResult queryIndex(String indexName, String keyCondition, Object... values) {
        var r = db.query(new QueryRequest(name, indexName, keyCondition, null, null, null, placeholders(values), null, null,
                false, null, null, ReturnConsumedCapacity.TOTAL, null, null, null, null));
        return new ItemsResult(r, keyNames(), readUnit());
    }

    /** Reads the whole table (one page of up to 1 MB), eventually consistent. */
    public ItemsResult scan() {
        var r = db.scan(new ScanRequest(name, null, null, null, null, null, null, null, false, null, null, null,
                ReturnConsumedCapacity.TOTAL, null, null, null));
        return new ItemsResult(r, keyNames(), readUnit());
    }

    /** Reads the whole table keeping only items that match a filter: the read still costs every item. */
    public ItemsResult scan(String filter, Object... values) {
        var r = db.scan(new ScanRequest(name, null, filter, null, null, placeholders(values), null, null, false, null, null,
                null, ReturnConsumedCapacity.TOTAL, null, null, null));
        return new ItemsResult(r, keyNames(), readUnit());
    }

    /** Sets the provisioned capacity (UpdateTable; switches an on-demand table to provisioned) and shows the partitions after it. */
    public PartitionMap provision(long readCapacityUnits, long writeCapacityUnits) {
        Shell.sim().updateTable(new dev.dynasim.engine.table.UpdateTableRequest(name, null, "PROVISIONED",
                new dev.dynasim.engine.model.ProvisionedThroughput(readCapacityUnits, writeCapacityUnits), null, null, null, null));
        return partitions();
    }

    /** What the table has consumed so far. */
    public Usage usage() {
        return db.usage(name);
    }

    /** The table's partitions: ranges of the hashed key space, throughput and size of each. */
    public PartitionMap partitions() {
        return db.partitions(name, null);
    }

    /** Where a partition key value lives: its token, its partition and that partition's range. */
    public KeyPlacement whereIs(Object partitionKeyValue) {
        return db.placement(name, Values.of(partitionKeyValue));
    }

    /**
     * The three replicas of one of the table's partitions, one per Availability Zone: where each is,
     * what it holds, whether it is up and leads, the log position it has applied and how far behind it is.
     */
    public Text replicas(int partition) {
        List<List<String>> rows = new ArrayList<>();
        for (ReplicaView r : db.replicas(name, null, partition)) {
            rows.add(List.of(r.zone().id(), r.kind().name(), r.up() ? "up" : "DOWN", r.leader() ? "leader" : "",
                    String.valueOf(r.appliedLsn()), String.valueOf(r.behindEntries()), r.lagMillis() + " ms",
                    r.extraLagMillis() == 0 ? "" : "+" + r.extraLagMillis() + " ms"));
        }
        String table = TextTable.render(List.of("zone", "kind", "state", "role", "applied", "behind", "lag", "slowed"), rows);
        return new Text("partition " + partition + " of " + name + "\n" + table.lines().map(String::stripTrailing)
                .collect(java.util.stream.Collectors.joining("\n")));
    }

    /** The replicas of the partition that holds a partition key value (see {@link #replicas(int)}). */
    public Text replicasOf(Object partitionKeyValue) {
        return replicas(whereIs(partitionKeyValue).partition().id().number());
    }

    /** What the table's storage is billed on: items and index entries with their 100-byte overheads. */
    public StorageSize storage() {
        return db.storage(name);
    }

    /** The key schema. */
    public KeySchema keySchema() {
        return db.spec(name).keySchema();
    }

    @Override
    public String toString() {
        var d = db.describeTable(name);
        return "Table " + name + " (" + keySchema() + "), " + d.spec().billingMode() + ", "
                + d.itemCount() + " items, " + d.tableSizeBytes() + " bytes";
    }

    /** WRU on an on-demand table (write request units), WCU on a provisioned one. */
    private String writeUnit() {
        return onDemand() ? "WRU" : "WCU";
    }

    /** RRU on an on-demand table (read request units), RCU on a provisioned one. */
    private String readUnit() {
        return onDemand() ? "RRU" : "RCU";
    }

    private boolean onDemand() {
        return db.spec(name).billingMode() == BillingMode.PAY_PER_REQUEST;
    }

    private List<String> keyNames() {
        KeySchema k = keySchema();
        List<String> names = new ArrayList<>();
        names.add(k.partitionKey().name());
        if (k.sortKey() != null) names.add(k.sortKey().name());
        return names;
    }

    private static Map<String, AttributeValue> placeholders(Object... namesAndValues) {
        return namesAndValues.length == 0 ? null : Values.map(namesAndValues);
    }
}
