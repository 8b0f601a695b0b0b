// @lesson 9 Designing for scale
// @minutes 20
// @sources https://docs.aws.amazon.com/amazondynamodb/latest/developerguide/bp-partition-key-design.html ; https://docs.aws.amazon.com/amazondynamodb/latest/developerguide/burst-adaptive-capacity.html ; https://aws.amazon.com/blogs/database/part-3-scaling-dynamodb-how-partitions-hot-keys-and-split-for-heat-impact-performance/ ; https://aws.amazon.com/dynamodb/pricing/on-demand/
import static dev.dynasim.shell.Shell.*;
import dev.dynasim.shell.Check;
import dev.dynasim.engine.workload.*;
import static dev.dynasim.engine.workload.KeyDistribution.*;
reset(9);

// @step Choose keys with many values, used evenly
// Every partition serves at most 3,000 RCU and 1,000 WCU a second (facts F3.7), whatever the
// table's total. So the whole table's throughput is only usable when requests spread over many
// partition key values: one key value can take at most 1,000 writes a second (worked example 33).
// A user id spreads well; a date, a status or a tenant that dominates traffic does not.
var events = createTable("Events", partitionKey("DeviceId", S))
events.whereIs("device-1")
events.whereIs("device-2")
events.whereIs("device-3")

// @step A hot key
// 1,200 writes a second, 90% of them from one device, key-0: about 1,080 a second on one key,
// more than its partition serves, while the table could take 4,000 (facts F3.22). One simulated
// minute, every request simulated against stored items:
sim().addWorkload(new Workload("Events", hotKey(0.9, uniform(10_000)), RateShape.constant(1200), OperationMix.only(Operation.PUT), "devices"));
run(60)
events.usage()

// @step See it in a chart
// chart("throttling") saves a PNG of the requests served and throttled each second, by
// DynamoDB's throttling reason: here TableWriteKeyRangeThroughputExceeded, a hot key range
// (facts F3.31). Splitting cannot fix it: the load is on one item (F3.13).
chart("throttling")

// @step Write sharding
// Spread the hot key: write each device's events under a random suffix, key-0#0 ... key-0#9
// (AWS, "Designing partition keys"). The one key becomes ten keys that hash to ten places in the
// key space. The same traffic on a fresh session:
reset(9);
var sharded = createTable("ShardedEvents", partitionKey("DeviceId", S))
sim().addWorkload(new Workload("ShardedEvents", sharded(hotKey(0.9, uniform(10_000)), 10), RateShape.constant(1200), OperationMix.only(Operation.PUT), "sharded"));
java.util.stream.IntStream.range(0, 10).mapToObj(i -> "key-0#" + i + " in P" + sharded.whereIs("key-0#" + i).partition().id().number()).toList()

// @step Measure the fix
// Nothing is throttled now, and the chart says so. On demand, the bill counts request units
// served: at $0.625 per million WRU (facts P1) a minute of 72,000 writes of 1 KB costs $0.045.
run(60)
sharded.usage()
chart("throttling")
bill()

// @step The price: reads fan out
// Reading everything about key-0 now takes ten reads, one per suffix, and ten times the read
// units of one get (0.5 RRU each, eventually consistent, facts F2.1). Write sharding suits keys
// that are written far more than they are read, or read in aggregate.
java.util.stream.IntStream.range(0, 10).mapToDouble(i -> sharded.get(key("DeviceId", "key-0#" + i)).units()).sum()

// @exercise not-throttled
// Create an on-demand table called "Fixed" (partition key "DeviceId", a string) and give it the
// same traffic, 1,200 writes a second with 90% on key-0, keyed so that nothing is throttled in a
// minute. Fill in KEYS below, starting from hotKey(0.9, uniform(10_000)):
//   sim().addWorkload(new Workload("Fixed", KEYS, RateShape.constant(1200),
//           OperationMix.only(Operation.PUT), "fixed"));
//   run(60);
// @hint sharded(base, n) adds a random suffix #0 ... #(n-1) to every key of base. A workload runs until the session ends, so to start over after a wrong attempt: reset(9); then the three lines again.
// @solution createTable("Fixed", partitionKey("DeviceId", S));
// @solution sim().addWorkload(new Workload("Fixed", sharded(hotKey(0.9, uniform(10_000)), 10), RateShape.constant(1200), OperationMix.only(Operation.PUT), "fixed"));
// @solution run(60);
// @starter // createTable("Fixed", ...); an on-demand table
// @starter // sim().addWorkload(new Workload("Fixed", KEYS, RateShape.constant(1200), OperationMix.only(Operation.PUT), "fixed"));
// @starter // run(60);
// @wrong createTable("Fixed", partitionKey("DeviceId", S));
// @wrong sim().addWorkload(new Workload("Fixed", hotKey(0.9, uniform(10_000)), RateShape.constant(1200), OperationMix.only(Operation.PUT), "fixed"));
// @wrong run(60);
// @check checkNotThrottled()
Check checkNotThrottled() {
    String id = "not-throttled";
    String again = " To start over (a workload runs until the session ends, and the name Fixed is taken): "
            + "reset(9); then createTable, addWorkload and run(60) again.";
    if (!database().tableNames().contains("Fixed")) return Check.fail(id, "there is no table called Fixed yet");
    var fixed = table("Fixed");
    var mode = database().describeTable("Fixed").spec().billingMode();
    if (!String.valueOf(mode).equals("PAY_PER_REQUEST")) {
        return Check.fail(id, "Fixed is " + mode + ", not on demand: createTable(\"Fixed\", partitionKey(\"DeviceId\", S)) "
                + "with no capacity makes an on-demand table." + again);
    }
    var u = fixed.usage();
    long offered = u.requests() + u.throttledRequests();
    if (offered < 71_000) {
        return Check.fail(id, "Fixed was offered " + offered + " writes: add the workload of 1,200 writes a second and run(60) for a minute");
    }
    if (u.throttledRequests() > 0) {
        return Check.that(id, false, "0 throttled writes", u.throttledRequests() + " throttled of " + offered,
                "one key value can take at most 1,000 writes a second (facts F3.7); spread key-0 with sharded(..., n)."
                + again);
    }
    if (fixed.get(key("DeviceId", "key-0")).found()) {
        return Check.fail(id, "Fixed has an item key-0: some writes went to the hot key as it is, not sharded. "
                + "KEYS should be sharded(hotKey(0.9, uniform(10_000)), n)." + again);
    }
    var shards = new java.util.ArrayList<Integer>();
    for (int i = 0; i < 64; i++) if (fixed.get(key("DeviceId", "key-0#" + i)).found()) shards.add(i);
    boolean contiguous = shards.size() >= 2 && shards.get(shards.size() - 1) == shards.size() - 1;
    var hotPartitions = new java.util.HashSet<Long>();
    for (int i : shards) hotPartitions.add((long) fixed.whereIs("key-0#" + i).partition().id().number());
    double all = 0, hot = 0;
    long from = sim().now() - 10_000;
    for (var m : sim().trace().ofType(dev.dynasim.engine.trace.TickMetrics.class)) {
        if (!m.table().equals("Fixed") || m.index() != null || m.time() <= from) continue;
        all += m.consumedWriteUnits();
        if (hotPartitions.contains(m.partition())) hot += m.consumedWriteUnits();
    }
    if (!contiguous || all == 0 || hot / all < 0.85) {
        return Check.fail(id, "nothing was throttled, but the hot key's traffic is gone: 90% of the writes should go to "
                + "key-0, split as key-0#0 ... key-0#(n-1). Start from hotKey(0.9, uniform(10_000)) and wrap it: "
                + "sharded(hotKey(0.9, uniform(10_000)), n)." + again);
    }
    return Check.pass(id, "a minute of 1,200 writes a second served, none throttled: key-0's 90% is spread over "
            + shards.size() + " keys in " + hotPartitions.size() + " partition(s)");
}
