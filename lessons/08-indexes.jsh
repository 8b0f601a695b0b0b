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
// table has 10 WCU, and the reason names the index (F3.31). The exception is meant. A second
// later (step()) the index has its unit again, and customer c3's PENDING order o5 goes in.
step();
orders.put(item("CustomerId", "c2", "OrderId", "o3", "OrderStatus", "PENDING", "OrderDate", "2024-05-03"))
orders.put(item("CustomerId", "c2", "OrderId", "o4", "OrderStatus", "PENDING", "OrderDate", "2024-05-03"))
DynamoDbException thrown = null;
try { orders.put(item("CustomerId", "c2", "OrderId", "o4", "OrderStatus", "PENDING", "OrderDate", "2024-05-03")); } catch (DynamoDbException e) { thrown = e; }
thrown.throttlingReasons()
step();
orders.put(item("CustomerId", "c3", "OrderId", "o5", "OrderStatus", "PENDING", "OrderDate", "2024-05-04"))
step();

// @exercise pending-orders
// Find every PENDING order with one request that reads only the PENDING orders, and keep the
// result in a variable called pending.
// @hint orders.queryIndex("ByStatus", "OrderStatus = :s", ":s", "PENDING")
// @solution var pending = orders.queryIndex("ByStatus", "OrderStatus = :s", ":s", "PENDING");
// @starter // var pending = ...; one request that reads only the PENDING orders
// @wrong var pending = orders.scan("OrderStatus = :s", ":s", "PENDING");
// @check checkPendingOrders()
Check checkPendingOrders() {
    String id = "pending-orders";
    if (pending == null) return Check.fail(id, "pending is null: query the ByStatus index");
    if (pending.scannedCount() != pending.count()) {
        return Check.fail(id, "that request read " + pending.scannedCount() + " items to return " + pending.count()
                + ": a scan reads every item and pays for all of them (facts F2.8). Query the ByStatus index instead");
    }
    for (var it : pending.items()) {
        var status = it.get("OrderStatus");
        if (!item("OrderStatus", "PENDING").get("OrderStatus").equals(status)) {
            return Check.fail(id, "pending holds order " + it.get("OrderId") + " whose OrderStatus is "
                    + (status == null ? "missing" : status) + ": every order it returns should be PENDING. "
                    + "Query the GSI ByStatus, whose partition key is OrderStatus");
        }
    }
    var customers = new java.util.TreeSet<String>();
    for (var it : pending.items()) customers.add(String.valueOf(it.get("CustomerId")));
    var expected = new java.util.TreeSet<String>();
    var expectedCustomers = new java.util.TreeSet<String>();
    for (var it : orders.queryIndex("ByStatus", "OrderStatus = :s", ":s", "PENDING").items()) {
        expected.add(it.get("CustomerId") + "/" + it.get("OrderId"));
        expectedCustomers.add(String.valueOf(it.get("CustomerId")));
    }
    var got = new java.util.TreeSet<String>();
    for (var it : pending.items()) got.add(it.get("CustomerId") + "/" + it.get("OrderId"));
    if (customers.size() <= 1 && expectedCustomers.size() > 1) {
        return Check.fail(id, "pending holds the orders of " + (customers.isEmpty() ? "no customer" : "one customer, "
                + customers.first()) + ", but PENDING orders belong to " + expectedCustomers + ": a query of the "
                + "table reads one CustomerId. Query the GSI ByStatus: orders.queryIndex(\"ByStatus\", ...)");
    }
    return Check.that(id, got.equals(expected), "the PENDING orders " + expected, got,
            "query the GSI ByStatus with OrderStatus = :s and :s = PENDING (if you changed orders since, run it again)");
}

// @exercise index-writes
// Order o2 has no OrderStatus yet. Set it to "PENDING" with update, keep the result in a variable
// called u, and put in an int called gsiWrites how many of u's write units were GSI writes.
// @hint u.units() is the total; the table's own write of this small item is 1 WCU; its ByDate entry does not change. ByStatus has 1 WCU a second. To start over after a wrong or throttled update: step(); then orders.update(key("CustomerId", "c1", "OrderId", "o2"), "REMOVE OrderStatus"); step(); and your update again.
// @solution var u = orders.update(key("CustomerId", "c1", "OrderId", "o2"), "SET OrderStatus = :s", ":s", "PENDING");
// @solution int gsiWrites = 1;
// @starter // var u = orders.update(...); set o2's OrderStatus to "PENDING"
// @starter int gsiWrites = -1; // how many of u's write units were GSI writes
// @wrong var u = orders.update(key("CustomerId", "c1", "OrderId", "o2"), "SET OrderStatus = :s", ":s", "PENDING");
// @wrong int gsiWrites = 2;
// @check checkIndexWrites()
Check checkIndexWrites() {
    String id = "index-writes";
    String retry = "To start over (ByStatus has 1 WCU a second, F2.15, so a second write in the same second "
            + "is throttled): step(); orders.update(key(\"CustomerId\", \"c1\", \"OrderId\", \"o2\"), "
            + "\"REMOVE OrderStatus\"); step(); then your update again";
    var pendingValue = item("OrderStatus", "PENDING").get("OrderStatus");
    if (u == null || !u.found()) {
        return Check.fail(id, "u holds no item: update key(\"CustomerId\", \"c1\", \"OrderId\", \"o2\") and keep "
                + "the result in u. " + retry);
    }
    if (!pendingValue.equals(u.item().get("OrderStatus"))) {
        return Check.fail(id, "u shows OrderStatus " + u.item().get("OrderStatus") + ", not \"PENDING\": "
                + "\"SET OrderStatus = :s\", \":s\", \"PENDING\". " + retry);
    }
    if (u.units() < 2) {
        return Check.fail(id, "u's update cost " + u.units() + " WCU: o2 was already PENDING, so nothing entered "
                + "ByStatus. " + retry);
    }
    int expected = (int) u.units() - 1;
    return Check.answer(id, gsiWrites == expected, expected + " GSI write(s) of " + (int) u.units() + " WCU in all",
            gsiWrites + " is not how many of u's " + (int) u.units() + " write units went to ByStatus",
            "an item that enters a GSI costs 1 GSI write; only changing an existing GSI key costs 2 (facts F2.14)");
}
