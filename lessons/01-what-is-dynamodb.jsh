// @lesson 1 What DynamoDB is
// @minutes 15
// @sources https://docs.aws.amazon.com/amazondynamodb/latest/developerguide/HowItWorks.CoreComponents.html ; https://docs.aws.amazon.com/amazondynamodb/latest/developerguide/Limits.html ; https://www.mongodb.com/resources/compare/mongodb-dynamodb ; https://dynamodbguide.com/mongo-db-vs-dynamo-db
import static dev.dynasim.shell.Shell.*;
import dev.dynasim.shell.Check;
reset(1);

// @step A service, not a server
// MongoDB is software you run on servers you size (or that Atlas runs for you); DynamoDB is a
// multi-tenant service: no servers, no patching, no replica sets to set up, billed per request
// or per provisioned unit (facts M1; the 2022 USENIX ATC paper, sections 1 and 2).
// Where the mongo shell has `help`, this shell has help(): every call you will use in the course.
help()

// @step Where are my databases?
// In the mongo shell, `show dbs` lists databases. DynamoDB has no databases: an AWS account has
// tables in each Region, and ListTables lists them (facts M3). showTables() is that listing.
// A fresh session has none yet.
showTables()

// @step The words side by side
// A MongoDB collection is a DynamoDB table, a document is an item, a field is an attribute, and
// _id becomes the primary key (facts M3). A BSON document may be 16 MB; an item at most 400 KB,
// that is 409,600 bytes (facts M3, F1.19). terms() prints the whole dictionary.
terms()

// @step A table declares only its key
// A table is a collection of items and an item a collection of attributes; apart from the
// primary key there is no schema (facts F1.1). The key is a partition key alone, or a partition
// key plus a sort key (F1.8). This table is on demand: it pays per request.
var music = createTable("Music", partitionKey("Artist", S), sortKey("SongTitle", S))

// @step Items with different attributes
// Two items of one table need not share their other attributes: the second song has a Genre,
// the first has none (facts F1.1). Each write says what it consumed: 1 WRU, a write request unit.
music.put(item("Artist", "Arturo", "SongTitle", "Sol", "Year", 1999))
music.put(item("Artist", "Arturo", "SongTitle", "Luna", "Year", 2003, "Genre", "Jazz"))

// @step Reading by key
// A get names the whole primary key, as find({_id: ...}) would; a query takes every item of one
// partition key, in sort key order (facts F1.8, M4). There is no query planner: you read by key.
music.get(key("Artist", "Arturo", "SongTitle", "Sol"))
music.query("Artist = :a", ":a", "Arturo")

// @step The listing again
// showTables() now lists Music with its key schema, its billing mode (PAY_PER_REQUEST: on
// demand), its item count and its size in bytes.
showTables()

// @exercise create-books
// Your turn. Create an on-demand table called "Books" whose partition key is "Isbn", a string,
// with no sort key, and put one book in it that has a "Title" attribute.
// @hint var books = createTable("Books", partitionKey("Isbn", S)); then books.put(item("Isbn", "978-0", "Title", "Dune"))
// @solution var books = createTable("Books", partitionKey("Isbn", S));
// @solution books.put(item("Isbn", "978-0441013593", "Title", "Dune"));
// @starter // Create the on-demand table "Books" here (partition key Isbn), then put one book with a Title in it.
// @wrong var books = createTable("Books", partitionKey("Title", S));
// @check checkCreateBooks()
Check checkCreateBooks() {
    String id = "create-books";
    if (!database().tableNames().contains("Books")) {
        return Check.fail(id, "there is no table called Books yet (showTables() lists the tables): "
                + "createTable(\"Books\", partitionKey(\"Isbn\", S))");
    }
    var books = table("Books");
    var ks = books.keySchema();
    if (!ks.partitionKey().name().equals("Isbn") || ks.partitionKey().type() != S) {
        return Check.that(id, false, "partition key Isbn:S", ks.partitionKey().toString(),
                "a table's key cannot be changed: reset(1) starts over, or pick another key in a new table");
    }
    if (ks.sortKey() != null) {
        return Check.that(id, false, "no sort key", ks.sortKey().toString(), "give createTable only the partition key");
    }
    var mode = database().describeTable("Books").spec().billingMode();
    if (!String.valueOf(mode).equals("PAY_PER_REQUEST")) {
        return Check.that(id, false, "an on-demand table (PAY_PER_REQUEST)", mode,
                "createTable with no read and write capacity makes an on-demand table: reset(1) starts over, "
                + "then createTable(\"Books\", partitionKey(\"Isbn\", S))");
    }
    var items = books.scan().items();
    boolean titled = items.stream().anyMatch(i -> i.containsKey("Title"));
    if (!titled) {
        return Check.that(id, false, "at least one item with a Title", items.size() + " items, none with a Title",
                "books.put(item(\"Isbn\", \"978-0\", \"Title\", \"Dune\"))");
    }
    return Check.pass(id, "Books has partition key Isbn:S and " + items.size()
            + (items.size() == 1 ? " item" : " items") + " with a Title: a collection with a document, in DynamoDB's words a table with an item");
}
