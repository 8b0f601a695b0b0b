// @grade three-wcu
// @title Write an item to Docs whose write costs exactly 3 WCU
// @probe w: w != null
// @probe units: w.units()
// @probe unit: w.unit()

// @check 3 threeWcu: w's write cost exactly 3 WCU
CheckResult threeWcu(Submission s) {
    needW(s);
    double units = s.probe("units").asDouble();
    return CheckResult.that(units == 3.0, "a write of 3 WCU", units + " " + s.probe("unit").asText(),
            "writes round up to whole KB (1,024 bytes): 3 WCU is an item of 2,049 to 3,072 bytes, counting attribute names (facts F1.21, F2.3)");
}

// @check 1 hidden aWrite: w is the result of a write (WCU), not of a read that happens to cost 3 units
CheckResult aWrite(Submission s) {
    needW(s);
    String unit = s.probe("unit").asText();
    return CheckResult.that(unit.equals("WCU"), "w from docs.put(...), consuming WCU", "w consuming " + unit,
            "the exercise asks for a write: var w = docs.put(item(\"Id\", ..., \"Pad\", ...))");
}

// @check 1 hidden newItem: the write added a new item (any new Id) rather than replacing one of a, b, c, d
CheckResult newItem(Submission s) {
    needW(s);
    long items = s.table("Docs").itemCount();
    return CheckResult.that(items == 5, "Docs with 5 items: a, b, c, d and yours", items + " items",
            "put an item with a new Id: a put with an existing Id replaces that item");
}

/** Goes on only when w holds a result: MissingEvidence (the check fails with its message) when it is not defined or null. */
static void needW(Submission s) {
    if (!s.probe("w").asText().equals("true")) throw new MissingEvidence("w is null: keep the result of docs.put(...) in w");
}
