// @grade replicas-up
// @title Count the replicas of alice's partition that are up
// @probe up: up
// @probe expected: database().replicas("Users", null, table("Users").whereIs("alice").partition().id().number()).stream().filter(v -> v.up()).count()

// @check 1 aReplicaCount: up is a number of replicas, 0 to 3
CheckResult aReplicaCount(Submission s) {
    long up = s.probe("up").asLong();
    return CheckResult.that(up >= 0 && up <= 3, "a number from 0 to 3", up, "a partition has 3 replicas, one in each Availability Zone (facts F4.1)");
}

// @check 2 rightCount: up is the number of alice's partition's replicas that are up
CheckResult rightCount(Submission s) {
    long expected = s.probe("expected").asLong();
    long up = s.probe("up").asLong();
    return CheckResult.answer(up == expected, expected + (expected == 1 ? " replica up" : " replicas up"),
            up + " is not how many replicas of alice's partition are up",
            "users.replicasOf(\"alice\") shows each replica's state; zones() shows which zones are DOWN");
}

// @check 1 hidden outageKept: the zones are still down as the lesson left them (the count was read, not made)
CheckResult outageKept(Submission s) {
    s.probe("up").asText();
    long expected = s.probe("expected").asLong();
    return CheckResult.that(expected == 1, "1 replica up: use1-az1 and use1-az2 still down", expected + " replicas up",
            "answer about the outage the lesson made; do not bring zones up or fail replicas");
}
