// @grade strong-read
// @title Make a read strongly consistent and say what it costs
// @probe found: strong.found()
// @probe id: strong.item().get("Id")
// @probe readUnits: strong.units()
// @probe units: units

// @check 2 readItemC: strong holds item "c" of Docs
CheckResult readItemC(Submission s) {
    if (!s.probe("found").asText().equals("true")) return CheckResult.fail("strong holds no item: read key(\"Id\", \"c\") from docs");
    String id = s.probe("id").asText();
    return CheckResult.that(id.contains("\"c\"") || id.equals("c") || id.contains("S=c"), "the item with Id \"c\"", id,
            "read key(\"Id\", \"c\"), the 3,500-byte item");
}

// @check 2 stronglyConsistent: the read was strongly consistent (1 RCU for 3,500 bytes, not 0.5)
CheckResult stronglyConsistent(Submission s) {
    double cost = s.probe("readUnits").asDouble();
    if (cost == 0.5) return CheckResult.fail("that read cost 0.5 RCU: it was eventually consistent, the default. Pass true as get's "
            + "second argument for a strongly consistent read (facts F2.1, F2.4)");
    return CheckResult.that(cost == 1.0, "1 RCU: a strongly consistent read of 3,500 bytes rounds up to 4 KB", cost + " RCU",
            "read key(\"Id\", \"c\") with docs.get(key, true)");
}

// @check 1 unitsSaysTheCost: units holds what the read cost
CheckResult unitsSaysTheCost(Submission s) {
    double units = s.probe("units").asDouble();
    double cost = s.probe("readUnits").asDouble();
    return CheckResult.that(units == cost && cost == 1.0, "units = 1.0, the read units the strong read consumed", units,
            "units should be what the read reported: strong.units()");
}
