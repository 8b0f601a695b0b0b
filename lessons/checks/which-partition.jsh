// @grade which-partition
// @title Which partition of Users stores "carol"
// @probe answer: answer
// @probe expected: users.whereIs("carol").partition().id().number()
// @probe users: table("Users").partitions().size()

// @check 2 rightPartition: answer is the number of the partition that stores carol
CheckResult rightPartition(Submission s) {
    long expected = s.probe("expected").asLong();
    long answer = s.probe("answer").asLong();
    return CheckResult.answer(answer == expected, "partition P" + expected, "P" + answer + " is not the partition that stores carol",
            "users.whereIs(\"carol\") shows the token of \"carol\" and the partition whose range holds it");
}

// @check 1 hidden tableUnchanged: Users still has the partitions the lesson made (the answer was read, not made)
CheckResult tableUnchanged(Submission s) {
    long partitions = s.probe("users").asLong();
    return CheckResult.that(partitions == 8, "Users with its 8 partitions", partitions + " partitions",
            "answer the question about the lesson's Users table; do not re-create or re-provision it");
}
