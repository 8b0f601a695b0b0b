package dev.dynasim.lesson;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeoutException;
import jdk.jshell.Diag;
import jdk.jshell.EvalException;
import jdk.jshell.JShell;
import jdk.jshell.JShellException;
import jdk.jshell.Snippet;
import jdk.jshell.SnippetEvent;
import jdk.jshell.UnresolvedReferenceException;
import jdk.jshell.VarSnippet;

/**
 * A JShell session on the JShell API whose code runs in a separate Java process
 * ({@link SocketExecution}), with dynasim's class path: code that calls {@code System.exit} ends only that
 * process, and code that runs too long is stopped by ending that process (the session has then ended). {@link #run} evaluates source text snippet by
 * snippet and answers what JShell would print, in JShell's words ({@code name ==> value}, errors); {@link #evaluate} answers the
 * same piece by piece ({@link Evaluation}: prints, values, named errors, and the charts drawn in a session {@link #withDisplays}).
 */
public final class JShellSession implements AutoCloseable {
    /** The heap of the process that runs the lesson's and the student's code: runaway allocation ends there. */
    static final String CODE_HEAP = "1g";
    /** How long one snippet may run before it is stopped. */
    public static final long DEFAULT_TIMEOUT_MILLIS = 20_000;

    /** Most of what code may print in one run that is kept and shown; the rest is counted, not kept. */
    static final int OUTPUT_LIMIT_BYTES = 200_000;
    /** What the code printed (a print loop must not fill the runner's memory: the first part is kept, the rest counted). */
    private final CappedOutput captured = new CappedOutput(OUTPUT_LIMIT_BYTES);
    private final JShell shell;
    private final long timeoutMillis;
    /** Where the code's charts are displayed, or null when they are not collected. */
    private final DisplayFolder displays;
    private volatile boolean ended;

    /** What running some code did: the lines to show, and whether the Java process ended (System.exit) or the code was stopped. */
    public record Outcome(List<String> lines, boolean processEnded, boolean stopped, boolean failed) {
        /** Copies the lines. */
        public Outcome {
            lines = List.copyOf(lines);
        }

        /** The lines as one text, each ending in a line break. */
        public String text() {
            StringBuilder sb = new StringBuilder();
            for (String l : lines) sb.append(l).append('\n');
            return sb.toString();
        }
    }

    /** Starts a session (a separate Java process) with this JVM's class path; takes a second or two. */
    public JShellSession(long timeoutMillis) {
        this(timeoutMillis, null);
    }

    /**
     * Starts a session as {@link #JShellSession(long)} does in which the charts the code draws
     * ({@code chart("throttling")}) are also displayed: {@link #evaluate} answers each as an
     * {@link Evaluation.Display} right after the snippet that drew it.
     */
    public static JShellSession withDisplays(long timeoutMillis) {
        return new JShellSession(timeoutMillis, DisplayFolder.create());
    }

    private JShellSession(long timeoutMillis, DisplayFolder displays) {
        this.timeoutMillis = timeoutMillis;
        this.displays = displays;
        PrintStream out = captured.printStream();
        List<String> options = new ArrayList<>(List.of("-Djava.awt.headless=true", "-Dfile.encoding=UTF-8", "-Duser.language=en",
                "-Duser.country=US", "-Xmx" + CODE_HEAP));
        if (displays != null) options.add(displays.vmOption());
        this.shell = JShell.builder().out(out).err(out).executionEngine(new SocketExecution(), Map.of())
                .remoteVMOptions(options.toArray(String[]::new))
                .build();
        shell.onShutdown(s -> ended = true);
        ClassPath.entries().forEach(shell::addToClasspath);
    }

    /** Adds a jar (or a folder of classes) to the class path of the session's code. */
    public void addToClasspath(java.nio.file.Path entry) {
        shell.addToClasspath(entry.toAbsolutePath().toString());
    }

    /** Whether the session's Java process has ended (code called System.exit, or it crashed). */
    public boolean ended() {
        return ended;
    }

    /** Whether {@code source} is complete code (or only the start of a longer snippet a student is still typing). */
    public boolean complete(String source) {
        return !Snippets.incomplete(shell, source);
    }

    /**
     * {@code source} cut into its snippets, each as written, the way the {@code jshell} tool reads a
     * script: line by line, a snippet ending on the first line where it is complete (so a line
     * without a semicolon is a snippet of its own), a line with several statements giving several.
     */
    public List<String> snippets(String source) {
        return Snippets.cut(shell, source);
    }

    /**
     * Runs {@code source} (any number of snippets, cut as {@link #snippets} cuts them) and answers
     * what to show: each value as {@code name ==> value} ({@code quietDeclarations}: methods and
     * classes declared without a word), each error, and what the code printed.
     */
    public Outcome run(String source, boolean quietDeclarations) {
        return evaluate(source, quietDeclarations).outcome();
    }

    /**
     * Runs {@code source} as {@link #run} does and answers what it showed piece by piece: what it
     * printed, values, errors (named, see {@link Evaluation}) and the charts it displayed (in a session
     * {@linkplain #withDisplays with displays}), in order.
     */
    public Evaluation evaluate(String source, boolean quietDeclarations) {
        List<Evaluation.Shown> shown = new ArrayList<>();
        for (String snippet : snippets(source)) {
            if (ended) break;
            if (Snippets.incomplete(shell, snippet)) {
                shown.add(new Evaluation.Failure(Evaluation.COMPILATION_ERROR, "incomplete code: " + snippet,
                        List.of("Error: incomplete code: " + snippet)));
                continue;
            }
            String code = Snippets.complete(shell, snippet);
            List<SnippetEvent> events;
            try {
                events = evalWithTimeout(code);
            } catch (TimeoutException e) {
                shell.stop();
                drainInto(shown);
                String stopped = "Stopped: the code was still running after " + timeoutMillis / 1000 + " s (an endless loop?).";
                shown.add(new Evaluation.Failure(Evaluation.TIMEOUT_ERROR, stopped.substring("Stopped: ".length()), List.of(stopped)));
                waitForEnd();
                return new Evaluation(shown, true, true);
            }
            drainInto(shown);
            for (SnippetEvent e : events) {
                if (e.causeSnippet() != null) continue;
                Evaluation.Shown s = describe(e, quietDeclarations);
                if (s != null) shown.add(s);
            }
            if (displays != null) shown.addAll(displays.take());
        }
        drainInto(shown);
        if (ended) {
            String message = "The Java process running the code ended (System.exit or a crash).";
            shown.add(new Evaluation.Failure(Evaluation.PROCESS_ENDED_ERROR, message, List.of(message)));
        }
        return new Evaluation(shown, ended, false);
    }

    /** Waits (briefly) until the stopped code's process has gone. */
    private void waitForEnd() {
        for (int i = 0; i < 100 && !ended; i++) {
            try {
                Thread.sleep(20);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
        ended = true;
    }

    private List<SnippetEvent> evalWithTimeout(String snippet) throws TimeoutException {
        try {
            return SnippetEval.eval(shell, snippet, System.currentTimeMillis() + timeoutMillis);
        } catch (SnippetEval.StillCompiling e) {
            throw new TimeoutException("still compiling");
        } catch (ExecutionException e) {
            throw new IllegalStateException("JShell failed: " + e.getCause(), e.getCause());
        }
    }

    /** What the event shows: a value, an error, or nothing. */
    private Evaluation.Shown describe(SnippetEvent e, boolean quiet) {
        Snippet s = e.snippet();
        if (e.status() == Snippet.Status.REJECTED) {
            List<String> lines = new ArrayList<>();
            String first = null;
            for (Diag d : shell.diagnostics(s).toList()) {
                if (!d.isError()) continue;
                List<String> message = d.getMessage(Locale.ENGLISH).lines().toList();
                StringBuilder text = new StringBuilder(message.isEmpty() ? "" : message.get(0));
                for (String m : message) if (m.strip().startsWith("symbol:")) text.append(" (").append(m.strip()).append(')');
                if (first == null) first = text.toString();
                lines.add("Error: " + text);
            }
            return new Evaluation.Failure(Evaluation.COMPILATION_ERROR, first == null ? "" : first, lines);
        }
        JShellException exception = e.exception();
        if (exception instanceof UnresolvedReferenceException u) {
            List<String> missing = shell.unresolvedDependencies(u.getSnippet()).toList();
            String message = u.getSnippet().name() + " cannot run: it needs " + (missing.isEmpty() ? "something"
                    : String.join(", ", missing)) + ", which is not defined now (not yet, or it was redefined with another type)";
            return new Evaluation.Failure("UnresolvedReferenceException", message, List.of("Error: " + message));
        }
        if (exception != null) return failure(exception);
        if (s instanceof VarSnippet v && e.value() != null) {
            return new Evaluation.Value(v.name() + " ==> " + e.value());
        } else if (s.kind() == Snippet.Kind.EXPRESSION && e.value() != null) {
            return new Evaluation.Value(e.value());
        } else if (!quiet && (s.kind() == Snippet.Kind.METHOD || s.kind() == Snippet.Kind.TYPE_DECL) && e.previousStatus() == Snippet.Status.NONEXISTENT) {
            return new Evaluation.Value("|  created " + (s.kind() == Snippet.Kind.METHOD ? "method " : "type ") + name(s));
        }
        return null;
    }

    private String name(Snippet s) {
        return s instanceof jdk.jshell.DeclarationSnippet d ? d.name() : s.source();
    }

    /** An exception as a line: its class's simple name and message, as a student needs it (no stack trace). */
    static String describe(JShellException e) {
        return failure(e).lines().get(0);
    }

    /** An exception as an error: named by its class's simple name, or a DynamoDB error by DynamoDB's exception name. */
    static Evaluation.Failure failure(JShellException e) {
        String type = e instanceof EvalException ev ? ev.getExceptionClassName() : e.getClass().getName();
        String simple = type.substring(type.lastIndexOf('.') + 1);
        String message = e.getMessage() == null ? "" : e.getMessage();
        // a DynamoDB error arrives named (RemoteAgent): "ProvisionedThroughputExceededException: You exceeded ..."
        if (simple.equals("DynamoDbException") && message.matches("^[A-Za-z]+: [\\s\\S]*")) {
            int colon = message.indexOf(": ");
            return new Evaluation.Failure(message.substring(0, colon), message.substring(colon + 2), List.of(message));
        }
        return new Evaluation.Failure(simple, message, List.of("Exception " + simple + ": " + message));
    }

    /** What code printed since this was last asked (e.g. by a thread the student started), as lines. */
    public List<String> takeOutput() {
        List<String> lines = new ArrayList<>();
        drain(lines);
        return lines;
    }

    private void drainInto(List<Evaluation.Shown> shown) {
        List<String> lines = new ArrayList<>();
        drain(lines);
        if (!lines.isEmpty()) shown.add(new Evaluation.Printed(lines));
    }

    private void drain(List<String> lines) {
        CappedOutput.Taken taken = captured.take();
        if (!taken.text().isEmpty()) taken.text().lines().forEach(lines::add);
        if (taken.droppedBytes() > 0) {
            lines.add(String.format(Locale.ROOT, "(output cut: %,d more bytes were printed and not shown)", taken.droppedBytes()));
        }
    }

    @Override
    public void close() {
        shell.close();
        if (displays != null) displays.close();
    }
}
