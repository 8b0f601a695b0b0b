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
                .contains("Error: checkCount cannot run: it needs variable answer, which is not defined now")
                .contains("NOT YET count: the check could not run on your answer")
                .contains("NOT YET count: expected 1 item, found 2. Hint: music.scan() shows every item")
                .contains("The Java process that runs the lesson ended (System.exit, or it ran out of memory or crashed).")
                .contains("Ready again at part 3.")
                .contains("Stopped: the code was still running after 3 s (an endless loop?).")
                .contains("The code was stopped, which ended the Java process that runs the lesson.")
                .contains("PASSED count: correct: 1 item")
                .contains("Bye. ./dynasim lesson 1 takes you back to part 3.");
        assertThat(text.lastIndexOf("Arturo")).as("the replay brought the item back").isGreaterThan(text.indexOf("Ready again"));
        assertThat(Progress.in(home).part(1)).isEqualTo(2);
        assertThat(Progress.in(home).passed(1)).containsExactly("count");
    }

    private String interactive(String... lines) throws Exception {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        LessonRunner runner = new LessonRunner(TINY, new PrintWriter(new OutputStreamWriter(bytes, StandardCharsets.UTF_8), true),
                () -> new JShellSession(10_000));
        try {
            runner.interactive(new BufferedReader(new StringReader(String.join("\n", lines) + "\n")), Progress.in(home));
        } finally {
            runner.close();
        }
        return bytes.toString(StandardCharsets.UTF_8);
    }

    @Test
    void enterAtAnExercise_doesNotSkipIt_nextDoes_andTheLastNextFinishesTheLesson() throws Exception {
        String text = interactive(":back", "", "", "", "", "", ":next");
        assertThat(text).contains("This is the first part.")
                .contains("This is an exercise: type your answer and :check it (:hint helps); :next moves on without it.")
                .contains("Lesson 1 complete: 0 of 1 exercise passed.");
        assertThat(Progress.in(home).done(1)).isTrue();
        assertThat(interactive(":quit")).contains("You finished this lesson before (0 of 1 exercise passed); it starts again from the first step.");
    }

    @Test
    void comingBack_replaysTheLessonToWhereTheStudentWas_andResetStartsThePartAfresh() throws Exception {
        interactive("", "", "", ":quit");
        String text = interactive("music.scan()", "int answer = 7;", ":reset", "answer", ":quit");
        assertThat(text).contains("Welcome back: you were at part 2 of 3.")
                .contains("$1 ==> (no items)") // step 1's table is back (step 2's put had not run)
                .contains("Starting a fresh session and replaying the lesson's code up to here; your own code is gone.")
                .contains("Error: cannot find symbol (symbol:   variable answer)");
    }

    @Test
    void multiLineJava_isReadUntilComplete_anUnfinishedLineGivesWayToACommand_andOutputIsCut() throws Exception {
        String text = interactive("int twice(int v) {", "  return 2 * v;", "}", "twice(21)", "int broken(", ":hint",
                "for (int i = 0; i < 100000; i++) System.out.println(\"line \" + i);", ":chart", ":quit");
        assertThat(text).contains("|  created method twice").contains("==> 42").contains("(the unfinished code was dropped)")
                .contains("There is no exercise here: Enter runs the step's code.")
                .contains("(output cut: ").contains("more bytes were printed and not shown)")
                .contains("Charts of this session");
    }
}
