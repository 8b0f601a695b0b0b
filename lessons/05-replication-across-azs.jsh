// @lesson 5 Replication across Availability Zones
// @minutes 20
// @sources https://www.usenix.org/conference/atc22/presentation/vig ; https://docs.aws.amazon.com/amazondynamodb/latest/developerguide/HowItWorks.ReadConsistency.html ; https://aws.amazon.com/dynamodb/faqs/ ; https://docs.aws.amazon.com/amazondynamodb/latest/developerguide/read-write-operations.html
import static dev.dynasim.shell.Shell.*;
import dev.dynasim.shell.Check;
reset(5);

// @step Three replicas, one per zone
// Each partition has 3 replicas in 3 Availability Zones, a replication group (facts F4.1). They
// elect a leader with Multi-Paxos; only the leader serves writes and strongly consistent reads,
// any replica an eventually consistent read (F4.2, F4.3). dynasim's Region has three zones.
var users = createTable("Users", 100, 100, partitionKey("UserId", S))
users.put(item("UserId", "alice", "Version", 1))
zones()
users.replicasOf("alice")

// @step A write waits for a quorum
// The leader logs a write and acknowledges it once 2 of the 3 replicas have it (facts F4.4); the
// third catches up a moment later (all copies usually converge within a second, F4.10). One
// second on, the followers have applied the write: "behind" is 0 everywhere.
step()
users.replicasOf("alice")

// @step Eventually consistent reads can be stale
// Slow the use1-az2 replica by 5 s and update alice. An eventually consistent read goes to any
// replica (F4.3), so some of a dozen reads still see Version 1: the followers have not applied the
// update yet (use1-az2 for 5 more seconds).
slowReplica("Users", 0, "use1-az2", 5000)
users.update(key("UserId", "alice"), "SET Version = :v", ":v", 2)
java.util.stream.IntStream.range(0, 12).mapToObj(i -> users.get(key("UserId", "alice")).item().get("Version").toString()).toList()

// @step Strongly consistent reads cost double
// A strongly consistent read is served by the leader and always sees the last acknowledged write;
// it costs a whole read unit per 4 KB where an eventually consistent one costs half (facts F2.1,
// F4.3). Compare the two costs.
users.get(key("UserId", "alice"), true)
users.get(key("UserId", "alice"))

// @step Losing an Availability Zone
// use1-az1 goes down, and with it alice's leader. The other two elect a new leader, which serves
// no writes or strong reads until the old leader's lease expires, "a couple of seconds" (facts
// F4.6; dynasim: 2 s). The write below fails with a retryable InternalServerError: an error you are
// meant to see. Eventually consistent reads go on (F4.6, worked example 48).
slowReplica("Users", 0, "use1-az2", 0);
step();
takeZoneDown("use1-az1")
users.put(item("UserId", "bob"))
users.get(key("UserId", "alice"))

// @step The quorum holds
// Three seconds on, the lease has expired: use1-az2 leads, 2 of 3 replicas form the write quorum,
// and writes work again. No acknowledged write was lost (worked example 48).
run(3)
users.put(item("UserId", "bob"))
users.replicasOf("alice")

// @step Losing two
// With a second zone down, one replica is left: no quorum, so the partition cannot accept writes
// or serve strongly consistent reads (facts F4.6, worked example 48). Both calls below fail on
// purpose. The replica in use1-az3 still serves eventually consistent reads: try one.
takeZoneDown("use1-az2")
users.put(item("UserId", "carol"))
users.get(key("UserId", "alice"), true)

// @exercise outage-read
// Both use1-az1 and use1-az2 are down. Read alice's item in a way that succeeds, and keep the
// result in a variable called r.
// @hint Only the leader serves strongly consistent reads, and there is no leader without a quorum.
// @solution var r = users.get(key("UserId", "alice"));
// @starter // var r = ...; read alice's item in a way that succeeds while two zones are down
// @wrong var r = users.get(key("UserId", "alice"), true);
// @check checkOutageRead()
Check checkOutageRead() {
    if (r == null) return Check.fail("outage-read", "r is null: the read failed. Only the leader serves strongly consistent reads, and with "
            + "1 replica of 3 up there is no leader: an eventually consistent read (get without true) can go to the surviving replica");
    if (!r.found()) return Check.fail("outage-read", "r holds no item: read key(\"UserId\", \"alice\") from users");
    return Check.that("outage-read", r.units() == 0.5, "an eventually consistent read (0.5 RCU) that a surviving replica serves",
            r.units() + " RCU", "a strongly consistent read needs the leader; leave out the second argument of get");
}

// @exercise replicas-up
// How many replicas of alice's partition are up right now? Put the number in an int called up.
// @hint users.replicasOf("alice") lists the three replicas with their state.
// @solution int up = 1;
// @starter int up = -1; // how many replicas of alice's partition are up
// @wrong int up = 2;
// @check checkReplicasUp()
Check checkReplicasUp() {
    int p = users.whereIs("alice").partition().id().number();
    long expected = database().replicas("Users", null, p).stream().filter(v -> v.up()).count();
    return Check.answer("replicas-up", up == expected, expected + " replicas up", up + " is not how many replicas of alice's partition are up",
            "users.replicasOf(\"alice\") shows each replica's state; zones() shows which zones are DOWN");
}
