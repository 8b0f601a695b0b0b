// @lesson 8 Secondary indexes
// @minutes 20
// @sources https://docs.aws.amazon.com/amazondynamodb/latest/developerguide/GSI.html ; https://docs.aws.amazon.com/amazondynamodb/latest/developerguide/LSI.html ; https://docs.aws.amazon.com/amazondynamodb/latest/developerguide/CapacityUnitCalculations.html ; https://docs.aws.amazon.com/amazondynamodb/latest/developerguide/Limits.html
import static dev.dynasim.shell.Shell.*;
import dev.dynasim.shell.Check;
import dev.dynasim.engine.table.*;
import dev.dynasim.engine.model.ProvisionedThroughput;
import dev.dynasim.engine.model.DynamoDbException;
import java.util.List;
reset(8);

// @step Another way in: indexes
// A table is read by its key; to read it by another attribute you add a secondary index
// (MongoDB's secondary index, facts M3). A global secondary index (GSI) has its own partition
// key and its own capacity; a local one (LSI) keeps the table's partition key with another sort
// key, shares the table's capacity and is defined at creation (facts F2.16, F2.17; up to 20 GSIs
// and 5 LSIs, Limits). The shell has no shortcut for indexes: this is the CreateTable request
// itself. Orders: by customer; GSI ByStatus (1 WCU, on purpose); LSI ByDate.
var attrs = List.of(new AttributeDefinition("CustomerId", "S"), new AttributeDefinition("OrderId", "S"),
        new AttributeDefinition("OrderStatus", "S"), new AttributeDefinition("OrderDate", "S"));
var byStatus = new IndexDefinition("ByStatus", List.of(new KeySchemaElement("OrderStatus", "HASH"),
        new KeySchemaElement("OrderDate", "RANGE")), "ALL", null, new ProvisionedThroughput(5, 1));
var byDate = new IndexDefinition("ByDate", List.of(new KeySchemaElement("CustomerId", "HASH"),
        new KeySchemaElement("OrderDate", "RANGE")), "KEYS_ONLY", null, null);
sim().createTable(new CreateTableRequest("Orders", attrs, List.of(new KeySchemaElement("CustomerId", "HASH"),
        new KeySchemaElement("OrderId", "RANGE")), "PROVISIONED", new ProvisionedThroughput(10, 10), List.of(byStatus), List.of(byDate), null, null));
var orders = table("Orders")

// @step One write, three writes
// Every table write that puts an item into a GSI also writes the GSI, from the GSI's capacity;
// an LSI write is charged to the table (facts F2.14, F2.17). This order has both index keys: 1
// WCU for the table, 1 for ByStatus, 1 for ByDate. The second order has no OrderStatus, so it
// is not in ByStatus at all (a "sparse" index): 2 WCU.
orders.put(item("CustomerId", "c1", "OrderId", "o1", "OrderStatus", "PENDING", "OrderDate", "2024-05-01", "Total", 30))
step();
orders.put(item("CustomerId", "c1", "OrderId", "o2", "OrderDate", "2024-05-02", "Total", 12))

// @step Changing an index key costs two index writes
// Shipping o1 changes its GSI key from PENDING to SHIPPED: the GSI deletes the old entry and
// puts the new one, 2 writes, plus the table's 1 (facts F2.14, worked example 22).
step();
orders.update(key("CustomerId", "c1", "OrderId", "o1"), "SET OrderStatus = :s", ":s", "SHIPPED")
orders.usage()

// @step Reading an index
// A query of a GSI reads the GSI's own copy, from the GSI's read capacity, and is always
// eventually consistent (facts F2.4, F2.16). The LSI ByDate returns a customer's orders by date;
// it projects only the keys (KEYS_ONLY).
orders.queryIndex("ByStatus", "OrderStatus = :s", ":s", "SHIPPED")
orders.queryIndex("ByDate", "CustomerId = :c", ":c", "c1")

// @step Indexes are stored, and billed
// Storage is billed on the items plus 100 bytes each, and on every index entry plus 100 bytes
// of overhead (facts F1.24).
orders.storage()

// @step A starved GSI throttles the table
// A table write succeeds only if the table and every GSI it touches have the capacity (F2.15).
// ByStatus has 1 WCU: the second PENDING order in the same second is throttled although the
// table has 10 WCU, and the reason names the index (F3.31). The exception is meant.
step();
orders.put(item("CustomerId", "c2", "OrderId", "o3", "OrderStatus", "PENDING", "OrderDate", "2024-05-03"))
orders.put(item("CustomerId", "c2", "OrderId", "o4", "OrderStatus", "PENDING", "OrderDate", "2024-05-03"))
DynamoDbException thrown = null;
try { orders.put(item("CustomerId", "c2", "OrderId", "o4", "OrderStatus", "PENDING", "OrderDate", "2024-05-03")); } catch (DynamoDbException e) { thrown = e; }
thrown.throttlingReasons()
step();

// @exercise pending-orders
// Find every PENDING order with one request that reads only the PENDING orders, and keep the
// result in a variable called pending.
// @hint orders.queryIndex("ByStatus", "OrderStatus = :s", ":s", "PENDING")
// @solution var pending = orders.queryIndex("ByStatus", "OrderStatus = :s", ":s", "PENDING");
// @wrong var pending = orders.scan("OrderStatus = :s", ":s", "PENDING");
// @check checkPendingOrders()
Check checkPendingOrders() {
    String id = "pending-orders";
    if (pending == null) return Check.fail(id, "pending is null: query the ByStatus index");
    long expected = database().describeTable("Orders").itemCount() == 0 ? 0
            : orders.queryIndex("ByStatus", "OrderStatus = :s", ":s", "PENDING").count();
    if (pending.scannedCount() != pending.count()) {
        return Check.fail(id, "that request read " + pending.scannedCount() + " items to return " + pending.count()
                + ": a scan reads every item and pays for all of them (facts F2.8). Query the ByStatus index instead");
    }
    return Check.that(id, pending.count() == expected, expected + " PENDING orders", pending.count() + " orders",
            "query the GSI ByStatus with OrderStatus = :s and :s = PENDING");
}

// @exercise index-writes
// Order o2 has no OrderStatus yet. Set it to "PENDING" with update, keep the result in a variable
// called u, and put in an int called gsiWrites how many of u's write units were GSI writes.
// @hint u.units() is the total; the table's own write of this small item is 1 WCU; its ByDate entry does not change.
// @solution var u = orders.update(key("CustomerId", "c1", "OrderId", "o2"), "SET OrderStatus = :s", ":s", "PENDING");
// @solution int gsiWrites = 1;
// @wrong var u = orders.update(key("CustomerId", "c1", "OrderId", "o2"), "SET OrderStatus = :s", ":s", "PENDING");
// @wrong int gsiWrites = 2;
// @check checkIndexWrites()
Check checkIndexWrites() {
    String id = "index-writes";
    if (u == null || !u.found()) return Check.fail(id, "u holds no item: update key(\"CustomerId\", \"c1\", \"OrderId\", \"o2\")");
    if (u.item().get("OrderStatus") == null || !u.toString().contains("PENDING")) {
        return Check.fail(id, "o2's OrderStatus is not PENDING: \"SET OrderStatus = :s\", \":s\", \"PENDING\"");
    }
    int expected = (int) u.units() - 1;
    return Check.that(id, gsiWrites == expected, expected + " GSI write(s) of " + (int) u.units() + " WCU in all", gsiWrites,
            "an item that enters a GSI costs 1 GSI write; only changing an existing GSI key costs 2 (facts F2.14)");
}
