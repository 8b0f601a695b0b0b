// @grade cheap-hour
// @title Serve an hour of writes for less than $0.10

// @check 1 steadyExists: there is a table called Steady
CheckResult steadyExists(Submission s) {
    return s.hasTable("Steady") ? CheckResult.pass("Steady exists")
            : CheckResult.fail("there is no table called Steady: createTable(\"Steady\", ...)");
}

// @check 1 servedTheHour: Steady was offered the hour of 100 writes a second
CheckResult servedTheHour(Submission s) {
    TableEvidence t = s.table("Steady");
    return CheckResult.that(t.offered() >= 359_000, "about 360,000 writes offered (100 a second for 3,600 s)", t.offered() + " requests",
            "add the workload and run(3600) for an hour");
}

// @check 2 nothingThrottled: nothing was throttled
CheckResult nothingThrottled(Submission s) {
    TableEvidence t = s.table("Steady");
    return CheckResult.that(t.offered() > 0 && t.throttledRequests() == 0, "0 throttled", t.throttledRequests() + " throttled",
            "100 writes a second of 1 KB need 100 WCU (facts F2.2)");
}

// @check 3 underTenCents: Steady's own lines of the bill come to less than $0.10
CheckResult underTenCents(Submission s) {
    TableEvidence t = s.table("Steady");
    if (t.offered() < 359_000) return CheckResult.fail("not yet: Steady has not served the hour, so its bill says nothing");
    BigDecimal amount = s.billFor("Steady");
    return CheckResult.that(amount.compareTo(new BigDecimal("0.10")) < 0, "Steady's lines under $0.10", "$" + amount.setScale(4, RoundingMode.HALF_UP),
            "on demand every write is billed ($0.625 per million WRU); a provisioned table pays $0.00065 per WCU-hour (facts P1, P3)");
}

// @check 1 hidden notOverProvisioned: the capacity bought is within twice what the traffic needs
CheckResult notOverProvisioned(Submission s) {
    TableEvidence t = s.table("Steady");
    if (t.onDemand()) return CheckResult.fail("Steady is on demand: it pays per request");
    return CheckResult.that(t.writeCapacityUnits() >= 100 && t.writeCapacityUnits() <= 200, "100 to 200 WCU", t.writeCapacityUnits() + " WCU",
            "buy what the traffic needs: 100 writes a second of 1 KB is 100 WCU");
}
