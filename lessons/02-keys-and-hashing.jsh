// @lesson 2 Keys and hashing
// @minutes 15
// @sources https://docs.aws.amazon.com/amazondynamodb/latest/developerguide/HowItWorks.Partitions.html ; https://docs.aws.amazon.com/amazondynamodb/latest/developerguide/HowItWorks.CoreComponents.html ; https://www.usenix.org/conference/atc22/presentation/vig ; https://docs.aws.amazon.com/amazondynamodb/latest/developerguide/on-demand-capacity-mode.html
import static dev.dynasim.shell.Shell.*;
import dev.dynasim.shell.Check;
reset(2);

// @step The partition key decides where an item lives
// DynamoDB stores data in partitions. It hashes the partition key value with an internal hash
// function and keeps the item in the partition whose range holds the hash (facts F3.1, F3.2).
// whereIs shows the token (the hash), the partition that owns it and that partition's range.
var users = createTable("Users", partitionKey("UserId", S))
users.whereIs("alice")

// @step The key space, cut into ranges
// Each partition holds a disjoint, contiguous range of the hashed key space (facts F3.3, the
// 2022 USENIX ATC paper, section 3). DynamoDB does not publish its hash (F3.2); dynasim uses MD5
// to 128 bits, the Dynamo paper's choice, as a teaching stand-in (F3.4). A new on-demand table
// can take 12,000 reads and 4,000 writes per second at once (F3.22); dynasim gives it the 8
// partitions that carry that (1,500 reads and 500 writes per second each: its own choice).
users.partitions()

// @step Neighbours in name, strangers in the key space
// "alice" and "alicf" differ by one letter, yet their tokens are far apart: a hash scatters keys
// over the whole space, so similar keys do not crowd one partition. That is why the partition
// key is hashed at all.
users.whereIs("alicf")
users.whereIs("bob")

// @step A sort key keeps a collection together
// With a composite key, items that share a partition key value are stored together, sorted by
// the sort key (facts F1.8, F3.2). Only the partition key is hashed: every song of "Arturo" has
// the same token and lives in the same partition, and a query reads them in sort-key order.
var music = createTable("Music", partitionKey("Artist", S), sortKey("SongTitle", S))
music.put(item("Artist", "Arturo", "SongTitle", "Sol"))
music.put(item("Artist", "Arturo", "SongTitle", "Luna"))
music.put(item("Artist", "Arturo", "SongTitle", "Mar"))
music.whereIs("Arturo")
music.query("Artist = :a", ":a", "Arturo")

// @step Fewer partitions, wider ranges
// A provisioned table's first partitions follow the archived 2017 formula ceil(RCU/3,000 +
// WCU/1,000) (facts F3.10): 1,000 RCU and 500 WCU give 1 partition, which owns the whole key
// space; 5,000 RCU and 2,000 WCU give 4 (worked example 29).
var small = createTable("Small", 1000, 500, partitionKey("UserId", S))
small.partitions()
var big = createTable("Big", 5000, 2000, partitionKey("UserId", S))
big.partitions()

// @step Same key, different tables, different partitions
// A token is the same in every table (same hash), but each table cuts the key space its own way:
// "alice" has one token, yet a different partition number in Big than in Users.
big.whereIs("alice")

// @exercise which-partition
// Which partition of the Users table stores the user "carol"? Put the partition's number (the
// N of PN) in an int called answer.
// @hint users.whereIs("carol") shows it; users.whereIs("carol").partition().id().number() is the number.
// @solution int answer = users.whereIs("carol").partition().id().number();
// @starter int answer = -1; // the number N of the partition PN that stores "carol"
// @wrong int answer = users.whereIs("alice").partition().id().number();
// @check checkWhichPartition()
Check checkWhichPartition() {
    int expected = users.whereIs("carol").partition().id().number();
    return Check.answer("which-partition", answer == expected, "partition P" + expected, "P" + answer + " is not the partition that stores carol",
            "users.whereIs(\"carol\") shows the token of \"carol\" and the partition whose range holds it");
}

// @exercise key-in-p0
// Find a user id that lands in partition P0 of Users (the lowest range of the key space) and put
// it in a String called userId. Try a few names with users.whereIs(...).
// @hint Try users.whereIs("dave"), users.whereIs("erin"), ...: about one name in eight lands in P0.
// @solution String userId = java.util.stream.IntStream.range(0, 1000).mapToObj(i -> "user" + i).filter(u -> users.whereIs(u).partition().id().number() == 0).findFirst().get();
// @starter String userId = ""; // a user id that lands in P0
// @wrong String userId = "alice";
// @check checkKeyInP0()
Check checkKeyInP0() {
    if (userId == null || userId.isEmpty()) return Check.fail("key-in-p0", "userId is empty: a key value is 1 to 2,048 bytes (facts F1.10)");
    var p = users.whereIs(userId);
    return Check.that("key-in-p0", p.partition().id().number() == 0, "a user id in P0",
            userId + " (token " + p.token() + ", in P" + p.partition().id().number() + ")",
            "P0 owns the tokens from 00000000 to 20000000: try other names until whereIs shows P0");
}
