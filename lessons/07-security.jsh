// @lesson 7 Security: IAM policies, not a network perimeter
// @minutes 20
// @sources https://docs.aws.amazon.com/amazondynamodb/latest/developerguide/specifying-conditions.html ; https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_evaluation-logic_AccessPolicyLanguage_Interplay.html ; https://docs.aws.amazon.com/amazondynamodb/latest/developerguide/network-isolation.html ; https://dynamodbguide.com/mongo-db-vs-dynamo-db
import static dev.dynasim.shell.Shell.*;
import dev.dynasim.shell.Check;
import dev.dynasim.engine.model.DynamoDbException;
reset(7);

// @step A server behind a firewall
// A MongoDB server is typically protected at the network level: bind IP, firewalls, IP access
// lists, VPC peering (facts M2). This mongod admits the 10.0.0.0/16 network on port 27017, with
// authorization disabled (mongod's default). From inside the network, a client gets in; from the
// internet, the firewall drops the connection.
var db = mongod("10.0.1.5", "10.0.0.0/16")
db.connect("10.0.3.7", null)
db.connect("203.0.113.9", null)

// @step One bad rule
// Someone opens the firewall to the world, 0.0.0.0/0, "just for a test". With no database users
// and authorization off, the perimeter was the only lock: now any address on the internet
// connects and may read and write every collection.
var exposed = db.allow("0.0.0.0/0")
var stranger = exposed.connect("203.0.113.9", null)
exposed.operation(stranger, "find", "shop", "customers")

// @step Every DynamoDB call is signed and authorised
// DynamoDB has no connection to leave open: every HTTPS request is signed with IAM credentials
// and authorised against IAM policies (facts M2). Everything is denied unless a policy allows
// it, and an explicit Deny beats every Allow (facts I4). As admin (no identity, like DynamoDB
// Local) we fill a table with notes of two users.
var notes = createTable("Notes", partitionKey("UserId", S), sortKey("NoteId", S))
notes.put(item("UserId", "alice", "NoteId", "1", "Text", "buy milk"))
notes.put(item("UserId", "bob", "NoteId", "1", "Text", "salary review"))
whoAmI()

// @step A policy for one's own items
// dynamodb:LeadingKeys is the partition key values of a request; with ForAllValues:StringEquals
// and the policy variable ${aws:username}, a user may only touch items whose partition key is
// their own name (facts I3). Actions are dynamodb:<Api>, resources are table ARNs (I1, I2).
String ownItems = """
    {"Version": "2012-10-17",
     "Statement": [{"Effect": "Allow",
                    "Action": ["dynamodb:GetItem", "dynamodb:Query"],
                    "Resource": "arn:aws:dynamodb:*:*:table/Notes",
                    "Condition": {"ForAllValues:StringEquals": {"dynamodb:LeadingKeys": ["${aws:username}"]}}}]}
    """;
var alice = user("alice", ownItems)
as(alice)

// @step Alice reads her notes
// Her own partition key: allowed.
notes.query("UserId = :u", ":u", "alice")

// @step And is refused bob's
// bob's partition key is not hers, so no statement allows the call: an implicit deny, reported as
// AccessDeniedException with IAM's message (facts I4, I5). The exception below is meant.
notes.get(key("UserId", "bob", "NoteId", "1"))

// @step Writes were never allowed
// The policy allows GetItem and Query only, so even a put into her own partition is denied:
// nothing is allowed that a policy does not name (facts I4). Then back to admin.
notes.put(item("UserId", "alice", "NoteId", "2", "Text", "call bob"))
asAdmin()

// @exercise own-items
// Make an IAM user called "carol" whose policy lets her read (GetItem and Query) only the items of
// Notes whose partition key is her own user name, and keep it in a variable called carol. The
// check tries carol's calls for you: her own items must be readable, bob's must not.
// @hint Start from ownItems above: the Condition with dynamodb:LeadingKeys and ${aws:username} is what limits her.
// @solution var carol = user("carol", ownItems);
// @starter // var carol = user("carol", ...); with which policy?
// @wrong var carol = user("carol", """
// @wrong     {"Version": "2012-10-17", "Statement": [{"Effect": "Allow", "Action": ["dynamodb:GetItem", "dynamodb:Query"], "Resource": "arn:aws:dynamodb:*:*:table/Notes"}]}
// @wrong     """);
// @check checkOwnItems()
Check checkOwnItems() {
    String id = "own-items";
    if (carol == null) return Check.fail(id, "carol is null: var carol = user(\"carol\", policyJson)");
    if (!"carol".equals(carol.userName())) return Check.fail(id, "the user is called " + carol.userName() + ", not carol: ${aws:username} is the user's name");
    var before = database().caller();
    try {
        database().callAs(carol);
        try {
            notes.query("UserId = :u", ":u", "carol");
            notes.get(key("UserId", "carol", "NoteId", "1"));
        } catch (DynamoDbException e) {
            return Check.fail(id, "carol cannot read her own items: " + e.getMessage() + ". Allow dynamodb:GetItem and dynamodb:Query on the table's ARN");
        }
        try {
            notes.get(key("UserId", "bob", "NoteId", "1"));
            return Check.fail(id, "carol can read bob's note: add a Condition with ForAllValues:StringEquals on dynamodb:LeadingKeys = ${aws:username} (facts I3)");
        } catch (DynamoDbException e) {
            return Check.pass(id, "carol reads her own items and is refused bob's: " + e.getMessage());
        }
    } finally {
        database().callAs(before);
    }
}
