// @grade create-books
// @title Create an on-demand table Books keyed by Isbn, with one book
// @probe partitionKey: table("Books").keySchema().partitionKey()
// @probe sortKey: table("Books").keySchema().sortKey()
// @probe titled: table("Books").scan().items().stream().filter(i -> i.containsKey("Title")).count()
// @probe titleTypes: table("Books").scan().items().stream().filter(i -> i.containsKey("Title")).map(i -> i.get("Title").type()).distinct().sorted().toList()

// @check 1 booksExists: there is a table called Books
CheckResult booksExists(Submission s) {
    return s.hasTable("Books") ? CheckResult.pass("Books exists")
            : CheckResult.fail("there is no table called Books yet (showTables() lists the tables): createTable(\"Books\", partitionKey(\"Isbn\", S))");
}

// @check 2 isbnKey: Books's key is the partition key Isbn, a string, with no sort key
CheckResult isbnKey(Submission s) {
    if (!s.hasTable("Books")) return CheckResult.fail("not yet: there is no table called Books");
    String pk = s.probe("partitionKey").asText();
    String sk = s.probe("sortKey").asText();
    if (!pk.equals("Isbn:S")) {
        return CheckResult.that(false, "partition key Isbn:S", pk,
                "a table's key cannot be changed: reset(1) starts over, or pick another key in a new table");
    }
    return CheckResult.that(sk.equals("null"), "partition key Isbn:S and no sort key", "sort key " + sk, "give createTable only the partition key");
}

// @check 1 onDemand: Books is on demand (PAY_PER_REQUEST)
CheckResult onDemand(Submission s) {
    TableEvidence t = s.table("Books");
    return CheckResult.that(t.onDemand(), "an on-demand table (PAY_PER_REQUEST)", t.billingMode(),
            "createTable with no read and write capacity makes an on-demand table: reset(1) starts over, then createTable(\"Books\", partitionKey(\"Isbn\", S))");
}

// @check 1 hasTitledBook: Books holds at least one item with a Title
CheckResult hasTitledBook(Submission s) {
    TableEvidence t = s.table("Books");
    long titled = s.probe("titled").asLong();
    return CheckResult.that(titled >= 1, "at least one item with a Title", t.itemCount() + " items, " + titled + " with a Title",
            "books.put(item(\"Isbn\", \"978-0\", \"Title\", \"Dune\"))");
}

// @check 1 hidden titleIsText: the books' Titles are strings (S), as a title is text
CheckResult titleIsText(Submission s) {
    if (!s.hasTable("Books")) return CheckResult.fail("not yet: there is no table called Books");
    String types = s.probe("titleTypes").asText();
    return CheckResult.that(types.equals("[S]"), "Title of type S", "Title of type(s) " + types,
            "item(\"Isbn\", \"978-0\", \"Title\", \"Dune\") makes Title a string; a Java number would make it N");
}
