// @grade index-writes
// @title Set o2 to PENDING and count the GSI writes it cost
// @probe u: u != null && u.found()
// @probe key: u == null || !u.found() ? "missing" : dev.dynasim.grading.Probes.plain(u.item().get("CustomerId")) + "/" + dev.dynasim.grading.Probes.plain(u.item().get("OrderId"))
// @probe status: u == null || !u.found() ? "missing" : dev.dynasim.grading.Probes.plain(u.item().get("OrderStatus"))
// @probe units: u == null ? 0.0 : u.units()
// @probe gsiWrites: gsiWrites

// @check 1 setPending: u shows OrderStatus PENDING
CheckResult setPending(Submission s) {
    String retry = "To start over (ByStatus has 1 WCU a second, F2.15, so a second write in the same second is throttled): step(); "
            + "orders.update(key(\"CustomerId\", \"c1\", \"OrderId\", \"o2\"), \"REMOVE OrderStatus\"); step(); then your update again";
    if (!s.probe("u").asText().equals("true")) {
        return CheckResult.fail("u holds no item: update key(\"CustomerId\", \"c1\", \"OrderId\", \"o2\") and keep the result in u. " + retry);
    }
    String status = s.probe("status").asText();
    return CheckResult.that(status.equals("PENDING"), "u showing OrderStatus PENDING", status,
            "\"SET OrderStatus = :s\", \":s\", \"PENDING\". " + retry);
}

// @check 1 enteredTheIndex: the update put o2 into ByStatus (it cost 2 WCU or more)
CheckResult enteredTheIndex(Submission s) {
    if (!s.probe("u").asText().equals("true")) return CheckResult.fail("not yet: u holds no item");
    double units = s.probe("units").asDouble();
    return CheckResult.that(units >= 2, "an update of 2 WCU or more: the table's write and ByStatus's", units + " WCU",
            "o2 was already PENDING, so nothing entered ByStatus. To start over: step(); orders.update(key(\"CustomerId\", \"c1\", \"OrderId\", \"o2\"), "
            + "\"REMOVE OrderStatus\"); step(); then your update again");
}

// @check 2 rightGsiWrites: gsiWrites is how many of u's write units were GSI writes
CheckResult rightGsiWrites(Submission s) {
    if (!s.probe("u").asText().equals("true")) return CheckResult.fail("not yet: u holds no item");
    double units = s.probe("units").asDouble();
    if (units < 2) return CheckResult.fail("not yet: u's update wrote no GSI entry, so there is nothing to count");
    long expected = (long) units - 1;
    long gsiWrites = s.probe("gsiWrites").asLong();
    return CheckResult.answer(gsiWrites == expected, expected + " GSI write(s) of " + (long) units + " WCU in all",
            gsiWrites + " is not how many of u's " + (long) units + " write units went to ByStatus",
            "an item that enters a GSI costs 1 GSI write; only changing an existing GSI key costs 2 (facts F2.14)");
}

// @check 1 hidden updatedO2: u is order o2 of customer c1, as asked
CheckResult updatedO2(Submission s) {
    s.probe("u").asText();
    String key = s.probe("key").asText();
    return CheckResult.that(key.equals("c1/o2"), "order c1/o2", key, "update key(\"CustomerId\", \"c1\", \"OrderId\", \"o2\")");
}
