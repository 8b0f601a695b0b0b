// @grade pending-orders
// @title Find every PENDING order with one request that reads only them
// @probe pending: pending != null
// @probe count: pending.count()
// @probe scanned: pending.scannedCount()
// @probe notPending: pending.items().stream().filter(i -> !dev.dynasim.grading.Probes.plain(i.get("OrderStatus")).equals("PENDING")).map(i -> dev.dynasim.grading.Probes.plain(i.get("OrderId")) + " (" + dev.dynasim.grading.Probes.plain(i.get("OrderStatus")) + ")").toList()
// @probe got: dev.dynasim.grading.Probes.keys(pending.items(), "CustomerId", "OrderId")
// @probe customers: pending.items().stream().map(i -> dev.dynasim.grading.Probes.plain(i.get("CustomerId"))).distinct().sorted().toList()
// @probe expected: dev.dynasim.grading.Probes.keys(table("Orders").queryIndex("ByStatus", "OrderStatus = :s", ":s", "PENDING").items(), "CustomerId", "OrderId")

// @check 2 readsOnlyPending: the request read only the items it returned (no scan, no filter)
CheckResult readsOnlyPending(Submission s) {
    needPending(s);
    long scanned = s.probe("scanned").asLong();
    long count = s.probe("count").asLong();
    return scanned == count ? CheckResult.pass("correct: the request read " + count + " items and returned them all")
            : CheckResult.fail("that request read " + scanned + " items to return " + count
                    + ": a scan reads every item and pays for all of them (facts F2.8). Query the ByStatus index instead");
}

// @check 1 allPending: every order pending holds is PENDING
CheckResult allPending(Submission s) {
    needPending(s);
    String notPending = s.probe("notPending").asText();
    return CheckResult.that(notPending.equals("[]"), "only orders whose OrderStatus is PENDING", "orders " + notPending,
            "query the GSI ByStatus, whose partition key is OrderStatus");
}

// @check 2 everyPendingOrder: pending holds every PENDING order, of every customer
CheckResult everyPendingOrder(Submission s) {
    needPending(s);
    String got = s.probe("got").asText();
    String expected = s.probe("expected").asText();
    String customers = s.probe("customers").asText();
    if (!got.equals(expected) && !customers.contains(",") && expected.contains(",")) {
        return CheckResult.fail("pending holds the orders of " + (customers.equals("[]") ? "no customer" : "one customer, " + customers)
                + ", but there are PENDING orders " + expected + ": a query of the table reads one CustomerId. "
                + "Query the GSI ByStatus: orders.queryIndex(\"ByStatus\", ...)");
    }
    return CheckResult.that(got.equals(expected), "the PENDING orders " + expected, got,
            "query the GSI ByStatus with OrderStatus = :s and :s = PENDING (if you changed orders since, run it again)");
}

// @check 1 hidden ordersUnchanged: the PENDING orders are still the lesson's, c2's o3 and c3's o5 (the answer was read, not made)
CheckResult ordersUnchanged(Submission s) {
    needPending(s);
    String expected = s.probe("expected").asText();
    return CheckResult.that(expected.equals("[c2/o3, c3/o5]"), "the lesson's PENDING orders [c2/o3, c3/o5]", expected,
            "find the PENDING orders the lesson made; do not add, change or delete orders");
}

/** Goes on only when pending holds a result: MissingEvidence (the check fails with its message) when it is not defined or null. */
static void needPending(Submission s) {
    if (!s.probe("pending").asText().equals("true")) throw new MissingEvidence("pending is null: query the ByStatus index");
}
