// @lesson 4 Capacity units and modes
// @minutes 20
// @sources https://docs.aws.amazon.com/amazondynamodb/latest/developerguide/read-write-operations.html ; https://docs.aws.amazon.com/amazondynamodb/latest/developerguide/CapacityUnitCalculations.html ; https://docs.aws.amazon.com/amazondynamodb/latest/developerguide/burst-adaptive-capacity.html ; https://docs.aws.amazon.com/amazondynamodb/latest/developerguide/Programming.Errors.html ; https://docs.aws.amazon.com/amazondynamodb/latest/APIReference/API_ThrottlingReason.html
import static dev.dynasim.shell.Shell.*;
import dev.dynasim.shell.Check;
import dev.dynasim.engine.workload.*;
import static dev.dynasim.engine.workload.KeyDistribution.*;
import dev.dynasim.engine.model.DynamoDbException;
reset(4);

// @step A write unit covers 1 KB, rounded up
// An item's size is the UTF-8 bytes of its attribute names plus its values (facts F1.21): the
// items below are 6 bytes of names and key ("Id", "Pad", one letter of key) plus the padding.
// One write unit covers up to 1 KB, and sizes round up (F2.2, F2.3): 500 bytes cost 1 WCU and
// 1,600 bytes cost 2 (worked example 16). This table is provisioned: 100 RCU, 100 WCU.
var docs = createTable("Docs", 100, 100, partitionKey("Id", S))
docs.put(item("Id", "a", "Pad", "x".repeat(494)))
docs.put(item("Id", "b", "Pad", "x".repeat(1594)))

// @step A read unit covers 4 KB; eventual reads cost half
// One read unit is a strongly consistent read of up to 4 KB; an eventually consistent read, the
// default, costs half (facts F2.1, F2.4). A 3,500-byte item: 0.5 RCU eventually consistent, 1 RCU
// strongly (worked example 4). A 10 KB item rounds up to 12 KB: 1.5 and 3 RCU (worked example 6).
docs.put(item("Id", "c", "Pad", "x".repeat(3494)))
docs.put(item("Id", "d", "Pad", "x".repeat(10234)))
docs.get(key("Id", "c"))
docs.get(key("Id", "c"), true)
docs.get(key("Id", "d"), true)

// @step On demand: the same arithmetic, per request
// An on-demand table pays per request: read and write request units (RRU, WRU) with the same
// rounding as RCU and WCU (facts F2.1, F2.2). It needs no capacity plan: a new one takes up to
// 4,000 writes and 12,000 reads a second at once, and twice its previous peak (F3.22, F3.23).
var events = createTable("Events", partitionKey("Id", S))
events.put(item("Id", "d", "Pad", "x".repeat(10234)))
events.get(key("Id", "d"))

// @step Over capacity: throttled
// Capacity is enforced per second (facts F2.20). A table of 1 WCU takes one 1 KB write a second;
// the second write in the same second fails with ProvisionedThroughputExceededException (F3.29),
// an exception you are meant to see here. step() moves the clock one second on, and it works.
var tiny = createTable("Tiny", 1, 1, partitionKey("Id", S))
tiny.put(item("Id", "a"))
tiny.put(item("Id", "b"))
step()
tiny.put(item("Id", "b"))

// @step Why was it throttled?
// A throttling error carries ThrottlingReasons: table or index, read or write, and the limit,
// e.g. TableWriteProvisionedThroughputExceeded, or ...KeyRangeThroughputExceeded for a hot
// partition (facts F3.31). Catch the exception to read them.
DynamoDbException thrown = null;
try { tiny.put(item("Id", "c")); } catch (DynamoDbException e) { thrown = e; }
thrown.throttlingReasons()

// @step Burst capacity
// DynamoDB keeps up to 300 seconds of unused capacity and spends it during a spike (facts F3.16).
// Worked example 26: 100 WCU idle for 5 minutes bank 30,000 units; 400 writes a second spend 300
// a second more than provisioned, so the bank lasts 100 s. Five idle minutes, then 100 s of the
// spike (a rate-level workload: metered per second, its items counted statistically, not stored one by one): all of it is served.
var burst = createTable("Burst", 1, 100, partitionKey("Id", S))
sim().addRateWorkload(new Workload("Burst", uniform(100_000), RateShape.spike(0, 400, sim().now() + 300_000, 160_000), OperationMix.only(Operation.PUT), "spike"), 100);
run(300)
run(100)
burst.usage()

// @step When the bank is empty
// The bank is spent: now only the provisioned 100 writes a second are served and 300 a second
// are throttled. Burst is best effort and cannot beat the partition limits (facts F3.16, F3.17).
run(60)
burst.usage()

// @step Adaptive capacity
// Capacity is split over partitions, but adaptive capacity lends a hot partition what the others
// leave unused, as long as the table's total and the partition's limit allow (facts F3.19).
// 400 WCU over 4 partitions is 100 each; half of 300 writes a second go to one key, so its
// partition gets far more than 100, and almost nothing is throttled.
var adaptive = createTable("Adaptive", 9000, 400, partitionKey("Id", S))
sim().addRateWorkload(new Workload("Adaptive", hotKey(0.5, uniform(100_000)), RateShape.constant(300), OperationMix.only(Operation.PUT), "hot"), 100);
run(60)
adaptive.usage()

// @exercise strong-read
// Read the item "c" of Docs strongly consistent, keep the result in a variable called strong,
// and put the read units it consumed in a double called units.
// @hint docs.get(key("Id", "c"), true) is strongly consistent; strong.units() is what it cost.
// @solution var strong = docs.get(key("Id", "c"), true);
// @solution double units = strong.units();
// @starter var strong = docs.get(key("Id", "c")); // make this read strongly consistent
// @starter double units = -1; // the read units it consumed
// @wrong var strong = docs.get(key("Id", "c"));
// @wrong double units = strong.units();
// @check checkStrongRead()
Check checkStrongRead() {
    String id = "strong-read";
    if (strong == null || !strong.found()) return Check.fail(id, "strong holds no item: read key(\"Id\", \"c\") from docs");
    var readId = strong.item().get("Id");
    if (!key("Id", "c").get("Id").equals(readId)) {
        return Check.fail(id, "strong holds the item with Id " + readId + ", not \"c\": read key(\"Id\", \"c\"), "
                + "the 3,500-byte item");
    }
    if (strong.units() == 0.5) {
        return Check.fail(id, "that read cost 0.5 RCU: it was eventually consistent, the default. Pass true as "
                + "get's second argument for a strongly consistent read (facts F2.1, F2.4)");
    }
    if (strong.units() != 1.0) return Check.that(id, false, "a read of item c (3,500 bytes)", strong.units() + " RCU", "read key(\"Id\", \"c\")");
    return Check.that(id, units == 1.0, "1 RCU: a strongly consistent read of 3,500 bytes rounds up to 4 KB, one full read unit",
            units, "units should be what the read printed: strong.units()");
}

// @exercise three-wcu
// Write an item to Docs (any new Id) whose write costs exactly 3 WCU, and keep the result of put
// in a variable called w.
// @hint A write unit covers 1 KB (1,024 bytes), rounded up: more than 2,048 bytes and at most 3,072.
// @solution var w = docs.put(item("Id", "e", "Pad", "x".repeat(2500)));
// @starter var w = docs.put(item("Id", "e", "Pad", "x".repeat(0))); // how many bytes of Pad make it 3 WCU?
// @wrong var w = docs.put(item("Id", "e", "Pad", "x".repeat(2000)));
// @check checkThreeWcu()
Check checkThreeWcu() {
    return Check.that("three-wcu", w != null && w.units() == 3.0, "a write of 3 WCU", w == null ? null : w.units() + " WCU",
            "writes round up to whole KB (1,024 bytes): 3 WCU is an item of 2,049 to 3,072 bytes, counting attribute names (facts F1.21, F2.3)");
}
