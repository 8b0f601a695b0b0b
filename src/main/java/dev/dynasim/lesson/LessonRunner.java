package dev.dynasim.lesson;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

/**
 * Runs a lesson in a JShell session: straight through, printing the transcript (narration, code,
 * output; each exercise's reference solution and its check), or interactively, step by step at the
 * student's pace with the lesson commands, the student free to type Java at any point. The session
 * starts in the background while the first narration shows; whenever its Java process ends (the
 * student's System.exit, code stopped after running too long, a crash), a new one is started and the
 * lesson's code run so far replayed, so the simulation is as it was.
 */
public final class LessonRunner {
    /** The lesson commands, as {@code :help} lists them. */
    static final String COMMANDS = String.join("\n",
            "Enter      run the step's code; Enter again moves on",
            ":next      run the step's code if it has not run, and move on (also past an exercise)",
            ":back      show the previous step again (its code has run: the simulation is not rewound)",
            ":hint      a hint for the exercise",
            ":check     check your answer to the exercise",
            ":chart ID  save a chart of the simulation (:chart lists them)",
            ":reset     start this part again: the lesson's code so far is replayed in a fresh session, your own code is gone",
            ":help      these commands",
            ":quit      leave; your place is remembered",
            "Anything else is Java, run as in JShell with the simulator's prelude imported.");
    private static final String PROMPT = "jshell> ";
    private static final String MORE = "   ...> ";

    private final Lesson lesson;
    private final PrintWriter out;
    private final Supplier<JShellSession> sessions;
    /** The grader's visible checks, used where an exercise has them (null: the lesson's own checks). */
    private final PracticeCheck practice;
    private CompletableFuture<JShellSession> starting;
    private JShellSession session;
    /** What the set-up showed when it ran in the background (errors only). */
    private volatile List<String> setupErrors = List.of();
    /** Which parts have had their code run (a step's code, an exercise's check definition), for replays. */
    private final boolean[] ran;
    /** Whether code is running now (the output pump then leaves the session's output to the run). */
    private volatile boolean busy;

    /** A runner of {@code lesson} printing to {@code out}, starting JShell sessions with {@code sessions}. */
    public LessonRunner(Lesson lesson, PrintWriter out, Supplier<JShellSession> sessions) {
        this(lesson, out, sessions, null);
    }

    /** A runner that checks exercises with {@code practice} (the grader's visible checks) where it has them; null: the lesson's own checks. */
    public LessonRunner(Lesson lesson, PrintWriter out, Supplier<JShellSession> sessions, PracticeCheck practice) {
        this.lesson = lesson;
        this.out = out;
        this.sessions = sessions;
        this.practice = practice;
        this.ran = new boolean[lesson.parts().size()];
    }

    /**
     * Starts the JShell session in the background and runs the lesson's set-up in it (which also warms
     * up the compiler), so that it is ready by the time the student has read the first narration.
     */
    public void warmUp() {
        if (starting != null) return;
        starting = CompletableFuture.supplyAsync(() -> {
            JShellSession s = sessions.get();
            setupErrors = runSetup(s);
            return s;
        });
    }

    /** Runs the whole lesson without pausing and prints its transcript; answers how many reference solutions failed their checks. */
    public int transcript() {
        warmUp();
        header();
        int failures = 0;
        for (int i = 0; i < lesson.parts().size(); i++) {
            Lesson.Part part = lesson.parts().get(i);
            show(i);
            if (i == 0) setup(); // the first narration shows while JShell starts
            runPart(i);
            if (part instanceof Lesson.Exercise e) {
                for (String hint : e.hints()) out.println("Hint: " + hint);
                out.println();
                out.println("Reference solution:");
                showAndRun(e.solution(), i);
                if (!check(e).startsWith("PASSED")) failures++;
            }
        }
        out.println();
        out.println("End of lesson " + lesson.number() + ".");
        return failures;
    }

    /** Runs the lesson interactively, reading the student's input from {@code in}, remembering their place in {@code progress}. */
    public void interactive(BufferedReader in, Progress progress) throws IOException {
        warmUp();
        header();
        int n = lesson.number();
        int at = Math.min(progress.part(n), lesson.parts().size() - 1);
        out.println(":help lists the lesson commands; Enter runs a step's code, Enter again moves on.");
        if (progress.done(n)) {
            at = 0;
            out.println("You finished this lesson before (" + passedText(progress) + "); it starts again from the first step.");
        } else if (at > 0) {
            out.println("Welcome back: you were at part " + (at + 1) + " of " + lesson.parts().size()
                    + ". Replaying the lesson's code before it to bring the simulation back...");
        }
        show(at); // the narration shows while JShell starts and the lesson's code before it is replayed
        setup();
        for (int i = 0; i < at; i++) replayPart(i);
        if (lesson.parts().get(at) instanceof Lesson.Exercise) runPart(at);
        ScheduledExecutorService pump = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "lesson output");
            t.setDaemon(true);
            return t;
        });
        // what the student's background threads print while the prompt waits shows up at once, not under the next step
        pump.scheduleWithFixedDelay(this::pumpOutput, 250, 250, TimeUnit.MILLISECONDS);
        try {
            String pending = null;
            while (true) {
                String line = pending;
                pending = null;
                if (line == null) {
                    out.print(PROMPT);
                    out.flush();
                    line = in.readLine();
                }
                String command = line == null ? ":quit" : line.strip();
                if (command.equals(":quit") || command.equals(":q")) {
                    progress.reached(n, at);
                    out.println("Bye. ./dynasim lesson " + n + " takes you back to part " + (at + 1) + ".");
                    return;
                }
                Lesson.Part part = lesson.parts().get(at);
                if (command.isEmpty() && part instanceof Lesson.Exercise) {
                    out.println("This is an exercise: type your answer and :check it (:hint helps); :next moves on without it.");
                } else if (command.isEmpty() || command.equals(":next")) {
                    if (part instanceof Lesson.Step && !ran[at]) {
                        runPart(at);
                        if (command.isEmpty()) continue;
                    }
                    if (at + 1 == lesson.parts().size()) {
                        progress.finished(n);
                        progress.reached(n, 0);
                        out.println();
                        out.println("Lesson " + n + " complete: " + passedText(progress) + "."
                                + (n < 9 ? " Next: ./dynasim lesson " + (n + 1) : ""));
                        return;
                    }
                    at++;
                    progress.reached(n, at);
                    show(at);
                    if (lesson.parts().get(at) instanceof Lesson.Exercise && !ran[at]) runPart(at);
                } else if (command.equals(":back")) {
                    if (at == 0) {
                        out.println("This is the first part.");
                    } else {
                        at--;
                        show(at);
                        out.println("(Its code has already run; the simulation is not rewound. Enter moves on.)");
                    }
                } else if (command.equals(":hint")) {
                    out.println(part instanceof Lesson.Exercise e && !e.hints().isEmpty() ? "Hint: " + String.join("\nHint: ", e.hints())
                            : "There is no exercise here: Enter runs the step's code.");
                } else if (command.equals(":check")) {
                    if (part instanceof Lesson.Exercise e) {
                        if (check(e).startsWith("PASSED")) progress.passed(n, e.id());
                    } else {
                        out.println("There is nothing to check here: the exercises come after the steps.");
                    }
                } else if (command.equals(":reset")) {
                    out.println("Starting a fresh session and replaying the lesson's code up to here; your own code is gone.");
                    for (int i = at + 1; i < ran.length; i++) ran[i] = false;
                    restart(at);
                } else if (command.equals(":help")) {
                    out.println(COMMANDS);
                } else if (command.startsWith(":chart")) {
                    String id = command.substring(":chart".length()).strip();
                    print(exec(id.isEmpty() ? "charts()" : "chart(\"" + id.replace("\"", "") + "\")", true, at).lines());
                } else if (command.startsWith(":")) {
                    out.println("Unknown command " + command + ". Commands: " + COMMANDS.lines().filter(l -> l.startsWith(":"))
                            .map(l -> l.split(" ")[0]).reduce((a, b) -> a + " " + b).orElse(""));
                } else {
                    StringBuilder code = new StringBuilder(line);
                    while (!session().complete(code.toString())) {
                        out.print(MORE);
                        out.flush();
                        String more = in.readLine();
                        if (more == null || more.strip().startsWith(":")) {
                            out.println("(the unfinished code was dropped)");
                            pending = more == null ? ":quit" : more;
                            break;
                        }
                        code.append('\n').append(more);
                    }
                    if (pending == null) print(exec(code.toString(), false, at).lines());
                }
            }
        } finally {
            pump.shutdownNow();
        }
    }

    private void pumpOutput() {
        if (busy || session == null) return;
        List<String> lines = session.takeOutput();
        if (!lines.isEmpty()) print(lines);
    }

    private String passedText(Progress progress) {
        int total = lesson.exercises().size();
        long passed = lesson.exercises().stream().filter(e -> progress.passed(lesson.number()).contains(e.id())).count();
        return passed + " of " + total + (total == 1 ? " exercise" : " exercises") + " passed";
    }

    private void header() {
        out.println("Lesson " + lesson.number() + ": " + lesson.title() + (lesson.minutes() > 0 ? " (about " + lesson.minutes() + " minutes)" : ""));
        if (!lesson.sources().isEmpty()) out.println("Sources: " + String.join("; ", lesson.sources()));
    }

    /** Waits for the session and its set-up, showing any set-up error. */
    private void setup() {
        session();
        print(setupErrors);
        setupErrors = List.of();
    }

    private void show(int i) {
        Lesson.Part part = lesson.parts().get(i);
        int steps = (int) lesson.parts().stream().filter(Lesson.Step.class::isInstance).count();
        out.println();
        if (part instanceof Lesson.Step s) {
            int k = (int) lesson.parts().subList(0, i + 1).stream().filter(Lesson.Step.class::isInstance).count();
            out.println("== Step " + k + " of " + steps + ": " + s.title() + " ==");
            if (!s.narration().isEmpty()) out.println(s.narration());
        } else if (part instanceof Lesson.Exercise e) {
            int k = lesson.exercises().indexOf(e) + 1;
            out.println("== Exercise " + k + " of " + lesson.exercises().size() + ": " + e.id() + " ==");
            if (!e.statement().isEmpty()) out.println(e.statement());
            out.println("(Type your answer; :check checks it, :hint helps.)");
        }
    }

    /** Runs a part's code: a step's, shown snippet by snippet with its output; an exercise's check definition, silently. */
    private void runPart(int i) {
        ran[i] = true;
        Lesson.Part part = lesson.parts().get(i);
        if (part instanceof Lesson.Step s) {
            if (!s.code().isEmpty()) {
                out.println();
                showAndRun(s.code(), i);
            }
        } else if (part instanceof Lesson.Exercise e && !e.code().isEmpty()) {
            print(exec(e.code(), true, i).lines());
        }
    }

    /** Runs a part's code again without showing it (after a restart or on resuming). */
    private void replayPart(int i) {
        Lesson.Part part = lesson.parts().get(i);
        String code = part instanceof Lesson.Step s ? s.code() : ((Lesson.Exercise) part).code();
        if (!code.isEmpty()) session().run(code, true);
        ran[i] = true;
    }

    /** Runs the lesson's set-up in {@code s}; answers what it showed apart from its values (its errors). */
    private List<String> runSetup(JShellSession s) {
        return lesson.setup().isEmpty() ? List.of() : s.run(lesson.setup(), true).lines().stream().filter(l -> !l.contains(" ==> ")).toList();
    }

    private void showAndRun(String code, int at) {
        for (String snippet : session().snippets(code)) {
            List<String> lines = snippet.lines().toList();
            for (int k = 0; k < lines.size(); k++) out.println((k == 0 ? PROMPT : MORE) + lines.get(k));
            print(exec(snippet, false, at).lines());
        }
    }

    /** Runs the exercise's check and shows its result; answers the result's text. */
    private String check(Lesson.Exercise e) {
        out.println(PROMPT + ":check");
        PracticeCheck.Verdict verdict = practice == null ? null : practice.check(e, session());
        if (verdict != null) {
            print(verdict.lines());
            return verdict.passed() ? "PASSED" : "NOT YET";
        }
        JShellSession.Outcome o = exec(e.check(), true, lesson.parts().indexOf(e));
        String result = o.lines().isEmpty() ? "" : o.lines().get(o.lines().size() - 1).replaceFirst("^\\$\\d+ ==> ", "");
        if (o.failed()) {
            print(o.lines());
            out.println("NOT YET " + e.id() + ": the check could not run on your answer (see the message above): define what the"
                    + " exercise asks for, with the type it asks for (:reset starts the part again if a lesson variable was overwritten).");
            return "NOT YET";
        }
        out.println(result);
        return result;
    }

    /** Runs code in the session; if its Java process ended, says why and starts a new one with the lesson replayed up to {@code at}. */
    private JShellSession.Outcome exec(String code, boolean quiet, int at) {
        busy = true;
        JShellSession.Outcome o;
        try {
            o = session().run(code, quiet);
        } finally {
            busy = false;
        }
        if (o.processEnded()) {
            print(o.lines());
            out.println((o.stopped() ? "The code was stopped, which ended the Java process that runs the lesson."
                    : "The Java process that runs the lesson ended (System.exit, or it ran out of memory or crashed).")
                    + " Starting a new one and replaying the lesson's code so far; your own variables and methods are gone.");
            restart(at);
            return new JShellSession.Outcome(List.of(), true, o.stopped(), true);
        }
        return o;
    }

    /** Starts a fresh session and replays the set-up and every part whose code has run, in order. */
    private void restart(int at) {
        session.close();
        session = sessions.get();
        print(runSetup(session));
        for (int i = 0; i < ran.length; i++) if (ran[i]) replayPart(i);
        out.println("Ready again at part " + (at + 1) + ".");
    }

    private JShellSession session() {
        if (session == null) session = starting == null ? sessions.get() : starting.join();
        return session;
    }

    private void print(List<String> lines) {
        for (String l : lines) out.println(l);
        out.flush();
    }

    /** Closes the session's Java process. */
    public void close() {
        if (session != null) session.close();
        else if (starting != null) starting.thenAccept(JShellSession::close);
    }
}
