package dev.dynasim.engine.model;

import java.util.List;

/**
 * MongoDB's words and their DynamoDB counterparts (facts M1 to M4), as data a lesson can print with
 * {@link #table()}. Each term's source is cited on the line above it.
 */
public final class MongoDbTerms {

    /** One MongoDB term, what DynamoDB calls the nearest thing, and how they differ. */
    public record Term(String mongoDb, String dynamoDb, String note) {
        /** Checks that every column is filled. */
        public Term {
            if (mongoDb == null || mongoDb.isBlank() || dynamoDb == null || dynamoDb.isBlank() || note == null) {
                throw new IllegalArgumentException("a term needs a MongoDB word, a DynamoDB word and a note");
            }
        }
    }

    private static final List<Term> TERMS = List.of(
            // M1: https://dynamodbguide.com/mongo-db-vs-dynamo-db ; paper sections 1-2 (multi-tenant service)
            new Term("mongod servers you size", "no servers: a service", "pay per request or per provisioned unit, not per instance-hour"),
            // ListTables lists the tables of an account and endpoint: https://docs.aws.amazon.com/amazondynamodb/latest/APIReference/API_ListTables.html
            new Term("database", "account + Region", "tables are not grouped into databases"),
            // M3: https://www.mongodb.com/resources/compare/mongodb-dynamodb
            new Term("collection", "table", "a table declares its key schema when it is created"),
            // M3: https://www.mongodb.com/resources/compare/mongodb-dynamodb ; F1.1 HowItWorks.CoreComponents.html
            new Term("document", "item", "schemaless apart from the key attributes"),
            // M3: https://www.mongodb.com/resources/compare/mongodb-dynamodb ; F1.2 HowItWorks.NamingRulesDataTypes.html
            new Term("field", "attribute", "ten types: S N B BOOL NULL M L SS NS BS"),
            // M3: https://www.mongodb.com/resources/compare/mongodb-dynamodb ; F1.8 HowItWorks.CoreComponents.html
            new Term("_id", "primary key", "partition key, or partition key + sort key; fixed at creation"),
            // M3: https://www.mongodb.com/resources/compare/mongodb-dynamodb ; D8 and facts 1.6: Limits.html (20 GSIs, 5 LSIs)
            new Term("secondary index", "GSI or LSI", "up to 20 global and 5 local secondary indexes per table"),
            // M3: https://www.mongodb.com/docs/manual/reference/limits/ ; https://docs.aws.amazon.com/amazondynamodb/latest/developerguide/Limits.html
            new Term("BSON document, max 16 MB", "item, max 400 KB", "400 KB = 409,600 bytes, names and values counted"),
            // M4: https://dynamodbguide.com/mongo-db-vs-dynamo-db
            new Term("find() by _id", "GetItem", "one item by its full primary key"),
            // M4: https://docs.aws.amazon.com/amazondynamodb/latest/developerguide/Query.FilterExpression.html
            new Term("find() on other fields", "Query on an index, or Scan", "no query planner: design keys and indexes for known access patterns"),
            // F4.1: paper sections 3 and 5.1 (a replication group of 3 replicas in 3 Availability Zones)
            new Term("replica set", "3 replicas per partition", "managed for you, one per Availability Zone"),
            // facts section 3.3: HowItWorks.Partitions.html and the paper (split for size and for heat)
            new Term("shard", "partition", "split automatically by size and by heat"),
            // M2: https://docs.aws.amazon.com/amazondynamodb/latest/developerguide/network-isolation.html
            new Term("connection string + database user", "IAM credentials", "every HTTPS request is signed (SigV4) and authorised by IAM"),
            // mongosh help: https://www.mongodb.com/docs/mongodb-shell/reference/access-mdb-shell-help/ ; dynasim shell (ARCHITECTURE.md)
            new Term("help", "help()", "what the dynasim shell can do"),
            // mongosh help (above); ListTables: https://docs.aws.amazon.com/amazondynamodb/latest/APIReference/API_ListTables.html
            new Term("show dbs", "showTables()", "ListTables: every table of the account in the Region"));

    private MongoDbTerms() {
    }

    /** Every term, in teaching order. */
    public static List<Term> all() {
        return TERMS;
    }

    /** The DynamoDB counterpart of a MongoDB term (exact, case-insensitive); an unknown term fails with the known ones. */
    public static Term of(String mongoDb) {
        for (Term t : TERMS) if (t.mongoDb().equalsIgnoreCase(mongoDb)) return t;
        throw new IllegalArgumentException("no MongoDB term \"" + mongoDb + "\"; known: "
                + String.join(", ", TERMS.stream().map(Term::mongoDb).toList()));
    }

    /** The terms as an aligned text table with a header line. */
    public static String table() {
        int a = "MongoDB".length();
        int b = "DynamoDB".length();
        for (Term t : TERMS) {
            a = Math.max(a, t.mongoDb().length());
            b = Math.max(b, t.dynamoDb().length());
        }
        StringBuilder sb = new StringBuilder();
        sb.append(row("MongoDB", a, "DynamoDB", b, "note"));
        for (Term t : TERMS) sb.append(row(t.mongoDb(), a, t.dynamoDb(), b, t.note()));
        return sb.toString();
    }

    private static String row(String left, int a, String middle, int b, String right) {
        String line = left + " ".repeat(a - left.length()) + "  " + middle + " ".repeat(b - middle.length()) + "  " + right;
        return line.stripTrailing() + "\n";
    }
}
