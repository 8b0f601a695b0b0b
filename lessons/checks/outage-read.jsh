// @grade outage-read
// @title Read alice's item while two Availability Zones are down
// @probe r: r != null
// @probe found: r != null && r.found()
// @probe units: r == null ? 0.0 : r.units()
// @probe userId: r == null || !r.found() ? "missing" : dev.dynasim.grading.Probes.plain(r.item().get("UserId"))

// @check 1 readSucceeded: the read succeeded and r holds its result
CheckResult readSucceeded(Submission s) {
    return s.probe("r").asText().equals("true") ? CheckResult.pass("the read succeeded")
            : CheckResult.fail("r is null: the read failed. Only the leader serves strongly consistent reads, and with 1 replica of 3 up there is "
                    + "no leader: an eventually consistent read (get without true) can go to the surviving replica");
}

// @check 1 foundItem: r holds an item
CheckResult foundItem(Submission s) {
    if (!s.probe("r").asText().equals("true")) return CheckResult.fail("not yet: r is null, the read failed");
    return s.probe("found").asText().equals("true") ? CheckResult.pass("r holds an item")
            : CheckResult.fail("r holds no item: read key(\"UserId\", \"alice\") from users");
}

// @check 2 eventuallyConsistent: the read was eventually consistent (0.5 RCU), which a surviving replica can serve
CheckResult eventuallyConsistent(Submission s) {
    s.probe("r").asText();
    if (!s.probe("found").asText().equals("true")) return CheckResult.fail("not yet: r holds no item");
    double units = s.probe("units").asDouble();
    return CheckResult.that(units == 0.5, "an eventually consistent read (0.5 RCU) that a surviving replica serves", units + " RCU",
            "a strongly consistent read needs the leader; leave out the second argument of get");
}

// @check 1 hidden aliceItem: r holds alice's item, as asked
CheckResult aliceItem(Submission s) {
    s.probe("r").asText();
    String userId = s.probe("userId").asText();
    return CheckResult.that(userId.equals("alice"), "the item with UserId alice", userId.equals("missing") ? "no item" : "UserId " + userId,
            "read key(\"UserId\", \"alice\")");
}
