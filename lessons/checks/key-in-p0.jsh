// @grade key-in-p0
// @title Find a user id that lands in partition P0 of Users
// @probe userId: userId
// @probe given: userId != null && !userId.isEmpty()
// @probe partition: table("Users").whereIs(userId).partition().id().number()
// @probe token: table("Users").whereIs(userId).token()

// @check 1 userIdGiven: userId is a non-empty String
CheckResult userIdGiven(Submission s) {
    s.probe("userId").asText();
    boolean given = s.probe("given").asText().equals("true");
    return CheckResult.that(given, "a non-empty userId", "an empty or null userId", "a key value is 1 to 2,048 bytes (facts F1.10)");
}

// @check 3 landsInP0: userId hashes into partition P0 of Users
CheckResult landsInP0(Submission s) {
    s.probe("userId").asText();
    if (!s.probe("given").asText().equals("true")) return CheckResult.fail("not yet: userId is empty");
    long partition = s.probe("partition").asLong();
    return CheckResult.that(partition == 0, "a user id in P0",
            s.probe("userId").asText() + " (token " + s.probe("token").asText() + ", in P" + partition + ")",
            "P0 owns the tokens from 00000000 to 20000000: try other names until whereIs shows P0");
}

// @check 1 hidden tableUnchanged: Users still has the 8 partitions the lesson made (the key was found, not the table changed)
CheckResult tableUnchanged(Submission s) {
    s.probe("userId").asText();
    long partitions = s.table("Users").partitions();
    return CheckResult.that(partitions == 8, "Users with its 8 partitions", partitions + " partitions",
            "find a key for the lesson's Users table; do not re-create or re-provision it");
}
