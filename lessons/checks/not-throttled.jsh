// @grade not-throttled
// @title Design a key so that this workload is never throttled
// @probe hotKeyItem: table("Fixed").get(key("DeviceId", "key-0")).found()
// @probe shards: java.util.stream.IntStream.range(0, 64).filter(i -> table("Fixed").get(key("DeviceId", "key-0#" + i)).found()).count()

// @check 1 onDemand: Fixed is an on-demand table
CheckResult onDemand(Submission s) {
    TableEvidence t = s.table("Fixed");
    return CheckResult.that(t.onDemand(), "PAY_PER_REQUEST", t.billingMode(), "createTable(\"Fixed\", partitionKey(\"DeviceId\", S)) with no capacity");
}

// @check 1 servedTheMinute: Fixed was offered a minute of 1,200 writes a second
CheckResult servedTheMinute(Submission s) {
    TableEvidence t = s.table("Fixed");
    return CheckResult.that(t.offered() >= 71_000, "about 72,000 writes offered", t.offered() + " writes",
            "add the workload of 1,200 writes a second and run(60)");
}

// @check 3 nothingThrottled: none of the writes was throttled
CheckResult nothingThrottled(Submission s) {
    TableEvidence t = s.table("Fixed");
    if (t.offered() < 71_000) return CheckResult.fail("not yet: Fixed has not been offered the minute of writes");
    return CheckResult.that(t.throttledRequests() == 0, "0 throttled writes", t.throttledRequests() + " throttled of " + t.offered(),
            "one key value can take at most 1,000 writes a second (facts F3.7); spread key-0 with sharded(..., n)");
}

// @check 2 hidden hotKeySharded: key-0's traffic is kept, spread over key-0#0 ... key-0#(n-1)
CheckResult hotKeySharded(Submission s) {
    boolean whole = s.probe("hotKeyItem").asText().equals("true");
    long shards = s.probe("shards").asLong();
    if (whole) return CheckResult.fail("Fixed has an item key-0: some writes went to the hot key as it is, not sharded");
    return CheckResult.that(shards >= 2, "key-0 written as 2 or more shards key-0#i", shards + " shards",
            "start from hotKey(0.9, uniform(10_000)) and wrap it: sharded(hotKey(0.9, uniform(10_000)), n)");
}
