package dev.dynasim.lesson;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.ByteArrayOutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The lesson runner: a transcript shows narration, code and output and runs each reference solution
 * through its check; interactively the student steps, types Java, gets hints and checks, survives
 * System.exit, and finds their place again next time.
 */
class LessonRunnerTest {
    private static final Lesson TINY = LessonCatalogue.in(Path.of("src/test/resources/lessons-fixture")).lesson(1);

    @TempDir
    Path home;

    @Test
    void transcript_showsEveryStep_andTheReferenceSolutionPassesItsCheck() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        LessonRunner runner = new LessonRunner(TINY, new PrintWriter(new OutputStreamWriter(bytes, StandardCharsets.UTF_8), true), () -> new JShellSession(10_000));
        int failures = runner.transcript();
        runner.close();
        assertThat(failures).isZero();
        assertThat(bytes.toString(StandardCharsets.UTF_8)).isEqualTo("""
                Lesson 1: A tiny lesson (about 2 minutes)
                Sources: dynamodb-facts.md F1.1

                == Step 1 of 2: A table ==
                Create a table.

                jshell> var music = createTable("Music", partitionKey("Artist", S));
                music ==> Table Music (Artist:S), PAY_PER_REQUEST, 0 items, 0 bytes

                == Step 2 of 2: An item ==
                Put an item: it costs 1 WRU.

                jshell> music.put(item("Artist", "Arturo"))
                $1 ==> consumed 1 WRU

                == Exercise 1 of 1: count ==
                How many items does Music hold? Put the number in an int called answer.
                (Type your answer; :check checks it, :hint helps.)
                Hint: music.scan() reads them all.

                Reference solution:
                jshell> int answer = 1;
                answer ==> 1
                jshell> :check
                PASSED count: correct: 1 item

                End of lesson 1.
                """);
    }

    @Test
    void interactive_stepsHintsChecks_survivesSystemExit_andRemembersThePlace() throws Exception {
        Progress progress = Progress.in(home);
        String input = String.join("\n", "", "", ":help", "", "", ":hint", ":check", "int answer = 2;", ":check", "System.exit(1)",
                "music.scan()", "while (true) { }", "int answer = 1;", ":check", ":quit") + "\n";
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        LessonRunner runner = new LessonRunner(TINY, new PrintWriter(new OutputStreamWriter(bytes, StandardCharsets.UTF_8), true), () -> new JShellSession(3_000));
        runner.interactive(new BufferedReader(new StringReader(input)), progress);
        runner.close();
        String text = bytes.toString(StandardCharsets.UTF_8);
        assertThat(text).contains(":quit      leave; your place is remembered")
                .contains("jshell> Hint: music.scan() reads them all.")
                .contains("NOT YET count: the check could not run on your answer")
                .contains("NOT YET count: expected 1 item, found 2. Hint: music.scan() shows every item")
                .contains("Your code ended the Java process that runs the lesson (System.exit?)")
                .contains("Ready again at part 3.")
                .contains("Stopped: the code was still running after 3 s (an endless loop?).")
                .contains("Your code was stopped, which ended the Java process that runs the lesson.")
                .contains("PASSED count: correct: 1 item")
                .contains("Bye. ./dynasim lesson 1 takes you back to part 3.");
        assertThat(text.lastIndexOf("Arturo")).as("the replay brought the item back").isGreaterThan(text.indexOf("Ready again"));
        assertThat(Progress.in(home).part(1)).isEqualTo(2);
        assertThat(Progress.in(home).passed(1)).containsExactly("count");
    }
}
