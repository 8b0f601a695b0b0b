// @grade three-partitions
// @title Create a provisioned table Wide with exactly 3 partitions
// @probe keySchema: table("Wide").keySchema()

// @check 1 wideExists: there is a table called Wide
CheckResult wideExists(Submission s) {
    return s.hasTable("Wide") ? CheckResult.pass("Wide exists")
            : CheckResult.fail("there is no table called Wide yet: createTable(\"Wide\", R, W, partitionKey(\"Id\", S))");
}

// @check 1 provisioned: Wide is provisioned
CheckResult provisioned(Submission s) {
    TableEvidence t = s.table("Wide");
    return CheckResult.that(!t.onDemand(), "a provisioned table", t.billingMode(),
            "give createTable a read and a write capacity to make it provisioned");
}

// @check 3 threePartitions: Wide has exactly 3 partitions
CheckResult threePartitions(Submission s) {
    TableEvidence t = s.table("Wide");
    if (t.onDemand()) return CheckResult.fail("not yet: Wide is on demand, so the formula for a provisioned table does not apply");
    long r = t.readCapacityUnits();
    long w = t.writeCapacityUnits();
    return CheckResult.that(t.partitions() == 3, "3 partitions", t.partitions() + " partitions (" + r + " RCU, " + w + " WCU: ceil(" + r + "/3000 + "
            + w + "/1000) = " + (int) Math.ceil(r / 3000.0 + w / 1000.0) + ")",
            "reset(3) starts over; pick RCU and WCU so that RCU/3000 + WCU/1000 is more than 2 and at most 3");
}

// @check 1 hidden idKey: Wide's key is the partition key Id, a string, as asked
CheckResult idKey(Submission s) {
    if (!s.hasTable("Wide")) return CheckResult.fail("not yet: there is no table called Wide");
    String key = s.probe("keySchema").asText();
    return CheckResult.that(key.equals("Id:S"), "partition key Id:S and no sort key", key, "createTable(\"Wide\", R, W, partitionKey(\"Id\", S))");
}
