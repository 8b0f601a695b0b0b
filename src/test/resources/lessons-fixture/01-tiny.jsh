// @lesson 1 A tiny lesson
// @minutes 2
// @sources dynamodb-facts.md F1.1
import static dev.dynasim.shell.Shell.*;
import dev.dynasim.shell.*;
reset(1);

// @step A table
// Create a table.
var music = createTable("Music", partitionKey("Artist", S));

// @step An item
// Put an item: it costs 1 WRU.
music.put(item("Artist", "Arturo"))

// @exercise count
// How many items does Music hold? Put the number in an int called answer.
// @hint music.scan() reads them all.
// @solution int answer = 1;
// @wrong int answer = 2;
// @check checkCount()
Check checkCount() {
    return Check.that("count", answer == 1, "1 item", answer, "music.scan() shows every item");
}
