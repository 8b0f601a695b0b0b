package dev.dynasim.shell;

import static dev.dynasim.shell.Shell.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.dynasim.engine.model.DynamoDbException;
import dev.dynasim.engine.model.ErrorCode;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The JShell-facing API: what a student types and what it prints. */
class ShellTest {

    @BeforeEach
    void freshDatabase() {
        reset();
    }

    @Test
    void putAndGet_printAlignedItemAndCapacity() {
        var music = createTable("Music", partitionKey("Artist", S), sortKey("SongTitle", S));
        assertThat(music.put(item("Artist", "Arturo", "SongTitle", "Sol", "Year", 1999)).toString()).isEqualTo("consumed 1 WRU");
        assertThat(music.get(key("Artist", "Arturo", "SongTitle", "Sol")).toString()).isEqualTo(
                "Artist  SongTitle  Year\n"
                        + "------  ---------  ----\n"
                        + "Arturo  Sol        1999\n"
                        + "consumed 0.5 RRU");
        assertThat(music.get(key("Artist", "Arturo", "SongTitle", "Sol"), true).units()).isEqualTo(1.0);
    }

    @Test
    void replicasAndZones_showTheGroupAndAZoneFailure() {
        var music = createTable("Music", partitionKey("Artist", S));
        music.put(item("Artist", "Arturo"));
        // on demand: 8 partitions, partition n led from zone n mod 3; right after the write the followers are 1 behind
        assertThat(music.replicasOf("Arturo").toString()).isEqualTo("partition 5 of Music\n"
                + "zone      kind     state  role    applied  behind  lag   slowed\n"
                + "--------  -------  -----  ------  -------  ------  ----  ------\n"
                + "use1-az1  STORAGE  up             0        1       0 ms\n"
                + "use1-az2  STORAGE  up             0        1       0 ms\n"
                + "use1-az3  STORAGE  up     leader  1        0       0 ms");
        assertThat(takeZoneDown("use1-az3").toString()).isEqualTo("us-east-1\n"
                + "zone      state\n"
                + "--------  -----\n"
                + "use1-az1  up\n"
                + "use1-az2  up\n"
                + "use1-az3  DOWN");
        // the new leader waits out the old lease: a write now fails with DynamoDB's retryable server error
        assertThatThrownBy(() -> music.put(item("Artist", "Arturo", "Plays", 1))).isInstanceOf(DynamoDbException.class)
                .hasMessageStartingWith("Internal server error: partition 5 of table Music cannot serve writes now:"
                        + " a new leader is waiting for the old leader's lease to expire");
        run(2);
        assertThat(music.put(item("Artist", "Arturo", "Plays", 1)).toString()).isEqualTo("consumed 1 WRU");
        assertThat(music.replicasOf("Arturo").toString()).contains("use1-az1  STORAGE  up     leader  2        0")
                .contains("use1-az3  STORAGE  DOWN");
    }

    @Test
    void query_printsItemsCountsAndOneRoundedCharge() {
        var music = createTable("Music", partitionKey("Artist", S), sortKey("SongTitle", S));
        music.put(item("Artist", "A", "SongTitle", "x"));
        music.put(item("Artist", "A", "SongTitle", "y"));
        var r = music.query("Artist = :a", ":a", "A");
        assertThat(r.count()).isEqualTo(2);
        assertThat(r.toString()).endsWith("Count 2, ScannedCount 2, consumed 0.5 RRU");
    }

    @Test
    void update_returnsNewImageAndWriteUnits() {
        var t = createTable("Counters", partitionKey("id", N));
        t.put(item("id", 1, "n", 5));
        var r = t.update(key("id", 1), "SET n = n + :one", ":one", 1);
        assertThat(r.item().get("n").toString()).isEqualTo("6");
        assertThat(r.units()).isEqualTo(1.0);
    }

    @Test
    void badKeyType_throwsDynamoDbValidationWithoutStackTrace() {
        var t = createTable("Counters", partitionKey("id", N));
        assertThatThrownBy(() -> t.get(key("id", "one")))
                .isInstanceOfSatisfying(DynamoDbException.class, e -> {
                    assertThat(e.code()).isEqualTo(ErrorCode.ValidationException);
                    assertThat(e.getStackTrace()).isEmpty();
                });
    }

    @Test
    void showTables_listsKeysModeAndSize() {
        assertThat(showTables().value()).startsWith("(no tables yet");
        createTable("Music", partitionKey("Artist", S));
        assertThat(showTables().value()).isEqualTo(
                "table  key       billing          items  bytes\n"
                        + "-----  --------  ---------------  -----  -----\n"
                        + "Music  Artist:S  PAY_PER_REQUEST  0      0\n");
    }

    @Test
    void help_namesTheMainCalls() {
        assertThat(help().value()).contains("createTable(", "put(item(", "query(", "showTables()");
    }

    @Test
    void tour_printsEveryStepWithExactCapacity() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        Tour.run(new PrintStream(bytes, true, StandardCharsets.UTF_8));
        String out = bytes.toString(StandardCharsets.UTF_8);
        assertThat(out).contains("consumed 2 WRU", "consumed 0.5 RRU", "consumed 1 RRU",
                "Count 1, ScannedCount 4, consumed 0.5 RRU",
                "ConditionalCheckFailedException: The conditional request failed",
                "ValidationException: One or more parameter values were invalid: Type mismatch for key",
                "2.5 read units, 7.0 write units, 10 requests");
    }

    @Test
    void item_withUnpairedArguments_saysWhatToTryWithoutStackTrace() {
        assertThatThrownBy(() -> item("Artist", "Arturo", "Year"))
                .isInstanceOfSatisfying(ShellUsageException.class, e -> assertThat(e.getStackTrace()).isEmpty())
                .hasMessage("give names and values in pairs, e.g. item(\"pk\", \"a\", \"n\", 1)");
    }

    @Test
    void provisionedTable_throttlesWithinOneSecond_andStepLetsTimePass() {
        var t = createTable("Tiny", 1, 1, partitionKey("id", N));
        t.put(item("id", 1));
        assertThatThrownBy(() -> t.put(item("id", 2))).isInstanceOfSatisfying(DynamoDbException.class,
                e -> assertThat(e.code()).isEqualTo(ErrorCode.ProvisionedThroughputExceededException));
        step();
        assertThat(t.put(item("id", 2)).toString()).isEqualTo("consumed 1 WCU");
        assertThat(t.usage().throttledRequests()).isEqualTo(1);
        assertThat(t.whereIs(1).partition().id().toString()).isEqualTo("P0");
    }
}
