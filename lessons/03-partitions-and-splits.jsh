// @lesson 3 Partitions and splits
// @minutes 20
// @sources https://aws.amazon.com/blogs/database/part-3-scaling-dynamodb-how-partitions-hot-keys-and-split-for-heat-impact-performance/ ; https://docs.aws.amazon.com/amazondynamodb/latest/developerguide/burst-adaptive-capacity.html ; https://www.usenix.org/conference/atc22/presentation/vig ; https://github.com/awsdocs/amazon-dynamodb-developer-guide/blob/21cfcaf78daf2919709dd4df421bf220c537e363/doc_source/GuidelinesForTables.md
import static dev.dynasim.shell.Shell.*;
import dev.dynasim.shell.Check;
import dev.dynasim.engine.workload.*;
import static dev.dynasim.engine.workload.KeyDistribution.*;
import dev.dynasim.engine.table.SplitSettings;
import dev.dynasim.engine.partition.*;
import dev.dynasim.engine.trace.NoSplitHelps;
import dev.dynasim.engine.trace.RequestThrottled;
reset(3);

// @step A table that grows
// A partition holds about 10 GB; when one gets close to that it splits in two (facts F3.7, F3.8,
// F3.14). Filling 10 GB would take hours, so the shipped scenario "growing-table" lowers the
// threshold to 4 MB and makes a split take 30 s instead of minutes: a TEACHING SHORTCUT.
// scenario(...) loads its table and its traffic, 200 new 1 KB items a second, into this session.
scenario("growing-table")
var orders = table("Orders")
orders.partitions()

// @step The first split for size
// One simulated minute: the single partition passes 4 MB, splits at its median key, and each
// child takes half of the range and half of the data. Each child also gets half of its parent's
// throughput: the table's 400 WCU are now 2 x 200 ("throughput dilution", facts F3.10).
run(60)
orders.partitions()

// @step And again
// The children fill and split in their turn: each split is of one partition that is full, not of
// the whole table (F3.10). Run on to 5:00 and the shipped scenario ends with 16 partitions of
// 25 WCU each.
run(60)
orders.partitions()

// @step A hot range splits for heat
// A partition whose traffic nears its limit also splits: "split for consumption", at a point
// chosen from the observed keys, not the middle of the range (facts F3.13, paper section 4.4).
// DynamoDB waits minutes; here a partition is hot at 80% of its limit for 20 s and a split takes
// 20 s (TEACHING SHORTCUT). 850 writes/s over 100,000 keys load a one-partition table; this
// workload is rate level, so a minute runs quickly: each tick it meters the requests and counts
// the items and bytes they write statistically, without storing the items one by one. So
// partitions() shows MB stored, and a split divides it, although a scan would find no items.
reset(3);
database().splitSettings(new SplitSettings(SizeSplitPolicy.defaults(), new HeatSplitPolicy(0.8, 20_000, 20_000, 0.8)));
var clicks = createTable("Clicks", 100, 900, partitionKey("PageId", S))
sim().addRateWorkload(new Workload("Clicks", uniform(100_000), RateShape.constant(850), OperationMix.only(Operation.PUT), "clicks"), 100);
run(60)
clicks.partitions()

// @step One hot key
// Now 95% of 1,100 writes a second go to one device, key-0: about 1,045 a second on one key.
// Devices is on demand, so the table as a whole takes 4,000 writes a second at once (facts
// F3.22), far more than it is offered; but one partition serves at most 1,000 WCU a second
// (F3.7), so key-0's partition throttles about 50 writes a second (run reports how many), and the
// reason is TableWriteKeyRangeThroughputExceeded, a hot key range, not the table's capacity
// (F3.31). DynamoDB splits the hot partition to isolate the hot item (F3.20): key-0's partition
// now starts at key-0's own token.
reset(3);
database().splitSettings(new SplitSettings(SizeSplitPolicy.defaults(), new HeatSplitPolicy(0.8, 20_000, 20_000, 0.8)));
var devices = createTable("Devices", partitionKey("DeviceId", S))
sim().addWorkload(new Workload("Devices", hotKey(0.95, uniform(1000)), RateShape.constant(1100), OperationMix.only(Operation.PUT), "devices"));
run(60)
sim().trace().ofType(RequestThrottled.class).stream().map(e -> e.reason()).distinct().toList()
devices.whereIs("key-0")

// @step No split can help a single key
// DynamoDB does not split when the load is on one item (F3.13): a one-token range cannot be
// divided. key-0 ends alone in its partition, a range of a single token, and is still throttled.
// partitions() lists each partition's share of the table's 4,000 writes a second, halved at
// each split (125 for key-0's partition), but adaptive capacity lets a hot partition go past its
// share up to the partition limit, 1,000 WCU (F3.7, F3.19), the limit NoSplitHelps names: key-0
// gets about 1,000 writes a second, and the rest, about 45 a second, are throttled.
// Only a different key design spreads it (lesson 9).
run(60)
devices.partitions()
sim().trace().events().stream().filter(e -> e instanceof NoSplitHelps).reduce((a, b) -> b).get()

// @step Partitions never merge
// Raising provisioned capacity beyond what the partitions support doubles them (F3.10); lowering
// it or switching mode keeps them: partitions only split, they never merge (facts F3.14).
var scores = createTable("Scores", 3000, 1000, partitionKey("Id", S))
scores.provision(3000, 3000)
scores.provision(100, 100)

// @exercise three-partitions
// Create a provisioned table called "Wide" (partition key "Id", a string) whose capacity gives it
// exactly 3 partitions when it is created (facts F3.10: ceil(RCU/3,000 + WCU/1,000)).
// @hint 3,000 RCU count as one partition and 1,000 WCU as another: createTable("Wide", R, W, partitionKey("Id", S))
// @solution createTable("Wide", 3000, 2000, partitionKey("Id", S));
// @starter // createTable("Wide", RCU, WCU, partitionKey("Id", S)); with which RCU and WCU?
// @wrong createTable("Wide", 3000, 3000, partitionKey("Id", S));
// @check checkThreePartitions()
Check checkThreePartitions() {
    String id = "three-partitions";
    if (!database().tableNames().contains("Wide")) return Check.fail(id, "there is no table called Wide yet: createTable(\"Wide\", R, W, partitionKey(\"Id\", S))");
    var spec = database().spec("Wide");
    if (spec.throughput() == null) return Check.fail(id, "Wide is on demand: give createTable a read and a write capacity to make it provisioned");
    int n = table("Wide").partitions().size();
    long r = spec.throughput().readCapacityUnits(), w = spec.throughput().writeCapacityUnits();
    return Check.that(id, n == 3, "3 partitions", n + " partitions (" + r + " RCU, " + w + " WCU: ceil("
            + r + "/3000 + " + w + "/1000) = " + (int) Math.ceil(r / 3000.0 + w / 1000.0) + ")",
            "reset(3) starts over; pick RCU and WCU so that RCU/3000 + WCU/1000 is more than 2 and at most 3");
}
