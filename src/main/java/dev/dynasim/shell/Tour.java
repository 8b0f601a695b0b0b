package dev.dynasim.shell;

import static dev.dynasim.shell.Shell.createTable;
import static dev.dynasim.shell.Shell.item;
import static dev.dynasim.shell.Shell.key;
import static dev.dynasim.shell.Shell.partitionKey;
import static dev.dynasim.shell.Shell.sortKey;

import dev.dynasim.engine.model.DynamoDbException;
import java.io.PrintStream;
import java.util.function.Supplier;

/**
 * The narrated tour {@code ./dynasim demo} prints: a table, writes and reads with the capacity
 * each one consumes, a query, a filtered scan, a failed condition and an error, each explained.
 */
public final class Tour {
    private final PrintStream out;
    private int step;

    private Tour(PrintStream out) {
        this.out = out;
    }

    /** Runs the tour against a fresh database, printing to {@code out}. */
    public static void run(PrintStream out) {
        Shell.reset();
        new Tour(out).tour();
    }

    private void tour() {
        out.println("dynasim demo: a guided tour of DynamoDB's data plane, simulated to the capacity unit.");
        say("Create an on-demand table. Its primary key is a partition key (Artist) plus a sort key (SongTitle).",
                "createTable(\"Music\", partitionKey(\"Artist\", S), sortKey(\"SongTitle\", S))");
        TableHandle music = createTable("Music", partitionKey("Artist", Shell.S), sortKey("SongTitle", Shell.S));
        show(() -> music);

        say("Write an item. On demand you pay per write request unit (WRU), each covering 1 KB: a small item costs 1 WRU.",
                "music.put(item(\"Artist\", \"Arturo\", \"SongTitle\", \"Sol\", \"Year\", 1999, \"Plays\", 0))");
        show(() -> music.put(item("Artist", "Arturo", "SongTitle", "Sol", "Year", 1999, "Plays", 0)));
        music.put(item("Artist", "Arturo", "SongTitle", "Luna", "Year", 2003, "Plays", 7));
        music.put(item("Artist", "Beatriz", "SongTitle", "Mar", "Year", 2011, "Plays", 3));

        say("A 1,500-byte item needs two 1 KB write units: sizes round up, never down.",
                "music.put(item(\"Artist\", \"Beatriz\", \"SongTitle\", \"Rio\", \"Lyrics\", \"x\".repeat(1450)))");
        show(() -> music.put(item("Artist", "Beatriz", "SongTitle", "Rio", "Lyrics", "x".repeat(1450))));

        say("Read it back. Reads are eventually consistent by default and cost half a 4 KB read unit.",
                "music.get(key(\"Artist\", \"Arturo\", \"SongTitle\", \"Sol\"))");
        show(() -> music.get(key("Artist", "Arturo", "SongTitle", "Sol")));

        say("A strongly consistent read of the same item costs a whole read unit.",
                "music.get(key(\"Artist\", \"Arturo\", \"SongTitle\", \"Sol\"), true)");
        show(() -> music.get(key("Artist", "Arturo", "SongTitle", "Sol"), true));

        say("Query one item collection: the sizes of the items read are added up, then rounded to 4 KB once.",
                "music.query(\"Artist = :a\", \":a\", \"Arturo\")");
        show(() -> music.query("Artist = :a", ":a", "Arturo"));

        say("A filtered scan still pays for every item it reads: the filter runs after the read.",
                "music.scan(\"Plays > :p\", \":p\", 5)");
        show(() -> music.scan("Plays > :p", ":p", 5));

        say("Update in place with an update expression; the write is charged on the larger of the two images.",
                "music.update(key(\"Artist\", \"Arturo\", \"SongTitle\", \"Sol\"), \"SET Plays = Plays + :one\", \":one\", 1)");
        show(() -> music.update(key("Artist", "Arturo", "SongTitle", "Sol"), "SET Plays = Plays + :one", ":one", 1));

        say("A conditional write that fails is rejected with DynamoDB's own error, and it is still charged.",
                "music.put(item(\"Artist\", \"Arturo\", \"SongTitle\", \"Sol\"), \"attribute_not_exists(Artist)\")");
        show(() -> music.put(item("Artist", "Arturo", "SongTitle", "Sol"), "attribute_not_exists(Artist)"));

        say("Bad input gets DynamoDB's ValidationException, word for word, and changes nothing.",
                "music.get(key(\"Artist\", 42, \"SongTitle\", \"Sol\"))");
        show(() -> music.get(key("Artist", 42, "SongTitle", "Sol")));

        say("Everything this table has consumed, failed writes included: what the bill is made of.",
                "music.usage()");
        show(music::usage);
        out.println();
        out.println("Try it yourself in JShell: see README.md, \"Using dynasim from JShell\".");
    }

    private void say(String narration, String code) {
        out.println();
        out.println(++step + ". " + narration);
        out.println("   > " + code);
    }

    private void show(Supplier<Object> call) {
        try {
            out.println(indent(String.valueOf(call.get())));
        } catch (DynamoDbException e) {
            out.println(indent(e.code() + ": " + e.getMessage()));
        }
    }

    private static String indent(String text) {
        return "   " + text.strip().replace("\n", "\n   ");
    }
}
