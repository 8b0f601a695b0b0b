package dev.dynasim.grading;

import dev.dynasim.lesson.CappedOutput;
import dev.dynasim.lesson.ClassPath;
import dev.dynasim.lesson.SnippetEval;
import dev.dynasim.lesson.Snippets;
import dev.dynasim.lesson.SocketExecution;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.stream.Stream;
import jdk.jshell.DeclarationSnippet;
import jdk.jshell.Diag;
import jdk.jshell.EvalException;
import jdk.jshell.JShell;
import jdk.jshell.JShellException;
import jdk.jshell.Snippet;
import jdk.jshell.SnippetEvent;
import jdk.jshell.UnresolvedReferenceException;

/**
 * One submission's run: a JShell (on the JShell API) whose code runs in a new Java process confined by
 * the {@link Sandbox} to an empty folder of its own, with a heap limit, ending itself on running out
 * of memory; the exercise's context runs first, then the submission's code under the time limit, then
 * the grader reads the probes and the snapshot back through JShell's values. Whatever the submission
 * does, the run ends in a {@link Submission} with a {@link RunOutcome}, never an exception.
 */
final class SandboxedRun implements AutoCloseable {
    /** The exit status of a process ended by {@code -XX:+ExitOnOutOfMemoryError}. */
    private static final int OUT_OF_MEMORY_STATUS = 3;
    private static final int MAX_ERRORS = 20;

    private final Limits limits;
    private final Path folder;
    private final CappedOutput captured;
    private boolean outputCut;
    private volatile Process process;
    private final JShell shell;

    SandboxedRun(Limits limits) {
        this.limits = limits;
        try {
            this.folder = Files.createTempDirectory("dynasim-submission-");
        } catch (IOException e) {
            throw new UncheckedIOException("could not make a folder for the submission: " + e.getMessage(), e);
        }
        this.captured = new CappedOutput(limits.outputBytes());
        PrintStream out = captured.printStream();
        this.shell = JShell.builder().out(out).err(out)
                .executionEngine(new SocketExecution(SandboxAgent.class.getName(), folder, p -> process = p), Map.of())
                .remoteVMOptions("-Djava.awt.headless=true", "-Dfile.encoding=UTF-8", "-Duser.language=en", "-Duser.country=US",
                        "-Djava.security.manager=allow", "-Xmx" + limits.heapMegabytes() + "m", "-XX:+ExitOnOutOfMemoryError",
                        "-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1", "-Xss1m")
                .build();
        ClassPath.entries().forEach(shell::addToClasspath);
    }

    /** Runs {@code exercise}'s context, then {@code code}, then reads the evidence back. */
    Submission run(GradedExercise exercise, String code) {
        List<String> errors = new ArrayList<>();
        long contextEnds = System.currentTimeMillis() + Limits.CONTEXT_MILLIS;
        for (String part : exercise.context()) {
            Step step;
            try {
                step = eval(part, contextEnds, errors, false);
            } catch (CompilerTrouble e) {
                return ended(RunOutcome.GRADER_ERROR, List.of("the grader's compiler failed on the exercise's own code: " + e.getMessage()));
            }
            if (step != Step.OK || !errors.isEmpty()) {
                String why = errors.isEmpty() ? step.name().toLowerCase(Locale.ROOT) : errors.get(0);
                return ended(RunOutcome.GRADER_ERROR, List.of("the exercise's own code failed before the submission ran: " + why));
            }
        }
        String started = read("dev.dynasim.grading.Sandbox.startSubmission()", contextEnds);
        if (started == null) return ended(RunOutcome.GRADER_ERROR, List.of("the exercise's own code left the grader unable to read it"));
        takeOutput();
        int before = shell.snippets().toList().size();
        Guard guard = new Guard(shell, this::read);
        Map<DeclarationSnippet, String> guarded = guard.guard(exercise, contextEnds);
        int depth = Nesting.depth(code);
        if (depth > Nesting.MAX_DEPTH) {
            return ended(RunOutcome.UNREADABLE, List.of("the grader's compiler could not handle it (brackets nested " + depth
                    + " deep, more than " + Nesting.MAX_DEPTH + "): simplify the code, e.g. fewer nested parentheses"));
        }
        long ends = System.currentTimeMillis() + limits.timeMillis();
        Step step;
        try {
            step = eval(code, ends, errors, true);
        } catch (CompilerTrouble | StackOverflowError | InternalError | OutOfMemoryError e) { // a bomb for the grader's compiler (its memory is freed with this run)
            String why = e instanceof CompilerTrouble ? e.getMessage() : e.getClass().getSimpleName();
            return ended(RunOutcome.UNREADABLE, List.of("the grader's compiler could not handle it (" + why
                    + "): simplify the code, e.g. less deeply nested expressions"));
        }
        String output = takeOutput();
        if (outputCut) note(errors, String.format(Locale.ROOT, "it printed more than %,d bytes: the rest of its output was cut", limits.outputBytes()));
        switch (step) {
            case TIMED_OUT -> {
                return ended(RunOutcome.TIMED_OUT, List.of("the submission was still running after " + limits.timeMillis() / 1000
                        + " s (an endless loop?) and was stopped"));
            }
            case ENDED -> {
                return endedProcess();
            }
            default -> {
            }
        }
        String tampering = tampering(guard, guarded, before);
        if (tampering != null) return ended(RunOutcome.TAMPERED, List.of(tampering));
        long readEnds = System.currentTimeMillis() + limits.timeMillis();
        String left = read("dev.dynasim.grading.Sandbox.submissionThreadsRunning()", readEnds);
        String still = read("dev.dynasim.grading.Sandbox.stopSubmissionThreads()", readEnds);
        if (still != null && !still.equals("0")) {
            return ended(RunOutcome.TAMPERED, List.of("it left " + still + (still.equals("1") ? " thread" : " threads")
                    + " running that would not stop (catching the grader's stop), so its results could not be read reliably"));
        }
        if (left != null && !left.equals("0")) {
            note(errors, "it left " + left + (left.equals("1") ? " thread" : " threads") + " running; the grader stopped them before reading its results");
        }
        Map<String, ProbeValue> probes = new LinkedHashMap<>();
        EvidenceReading evidence = evidence(readEnds);
        for (Probe p : exercise.probes()) probes.put(p.name(), evidence.value(p.name(), p.expression()));
        ProbeValue snapshot = evidence.snapshot();
        takeOutput(); // what the probes printed is not the submission's output
        if (!snapshot.ok()) {
            if (process == null || !process.isAlive()) return endedProcess();
            note(errors, "the grader could not read back its session: " + snapshot.error());
        }
        RunOutcome outcome = step == Step.EXIT ? RunOutcome.EXIT_CALLED : RunOutcome.FINISHED;
        return new Submission(outcome, errors, output, probes, snapshot.text()); // a snapshot that checked out against its digest is the JSON Evidence wrote
    }

    /** How the submission interfered with what the grader reads (in words), or null when it did not. */
    private String tampering(Guard guard, Map<DeclarationSnippet, String> guarded, int before) {
        List<String> reserved = guard.reserved(shell.snippets().skip(before));
        if (!reserved.isEmpty()) {
            return "the submission declares " + String.join(" and ", reserved) + (reserved.size() == 1 ? ", a name" : ", names")
                    + " the grader needs to read its results; rename it";
        }
        long endsAt = System.currentTimeMillis() + limits.timeMillis();
        String finalizable = read("dev.dynasim.grading.Sandbox.finalizable()", endsAt);
        if (finalizable != null && !finalizable.isEmpty()) {
            return "the submission's " + finalizable + ", which the JVM runs on a thread of its own, whenever it likes, out of the grader's"
                    + " reach; remove it (nothing in these exercises needs it)";
        }
        List<String> hiding = guard.hidingImports(shell.snippets().skip(before));
        if (!hiding.isEmpty()) {
            return "the submission's `" + hiding.get(0) + "` could hide the names the grader needs to read its results; remove it (use your"
                    + " own declarations by their names)";
        }
        String changed = guard.changed(guarded, endsAt);
        if (changed != null) {
            return "the submission changes " + changed + ", which the exercise set up and the grader reads to check it; leave " + changed
                    + " as it was (make new names for your own things)";
        }
        return null;
    }

    /** Adds {@code error} to {@code errors} unless there are {@value #MAX_ERRORS} already. */
    private static void note(List<String> errors, String error) {
        if (errors.size() < MAX_ERRORS) errors.add(error);
    }

    private Submission ended(RunOutcome outcome, List<String> errors) {
        return new Submission(outcome, errors, "", Map.of(), null);
    }

    /** The run of a submission whose process ended: out of memory (its exit status says so) or otherwise. */
    private Submission endedProcess() {
        if (endedOutcome() == RunOutcome.OUT_OF_MEMORY) {
            return ended(RunOutcome.OUT_OF_MEMORY, List.of("the submission ran out of memory (its limit is " + limits.heapMegabytes()
                    + " MB) and its process ended"));
        }
        return ended(RunOutcome.PROCESS_ENDED, List.of("the submission's process ended before it finished (it crashed, or broke the grader's connection)"));
    }

    private RunOutcome endedOutcome() {
        Process p = process;
        if (p != null) {
            try {
                if (p.waitFor(2, TimeUnit.SECONDS) && p.exitValue() == OUT_OF_MEMORY_STATUS) return RunOutcome.OUT_OF_MEMORY;
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        return RunOutcome.PROCESS_ENDED;
    }


    /** JShell itself failed on a snippet while its process lived: the grader's compiler could not handle the code (a compiler bomb). */
    private static final class CompilerTrouble extends RuntimeException {
        private static final long serialVersionUID = 1L;

        CompilerTrouble(Throwable cause) {
            super(cause == null ? "unknown" : cause.getClass().getSimpleName(), cause, false, false);
        }

        CompilerTrouble(String why) {
            super(why, null, false, false);
        }
    }

    /** How evaluating some code ended. */
    private enum Step { OK, EXIT, TIMED_OUT, ENDED }

    /** Evaluates {@code source} snippet by snippet until {@code endsAt}, adding what went wrong to {@code errors}. */
    private Step eval(String source, long endsAt, List<String> errors, boolean submission) {
        for (String snippet : analysed(() -> Snippets.cut(shell, source))) {
            List<SnippetEvent> events;
            try {
                events = evalBefore(analysed(() -> Snippets.complete(shell, snippet)), endsAt);
            } catch (TimeoutException e) {
                shell.stop();
                return Step.TIMED_OUT;
            }
            if (events == null) return Step.ENDED;
            for (SnippetEvent e : events) {
                if (e.causeSnippet() != null) continue;
                String error = describe(e);
                if (error == null || !submission && e.status() != Snippet.Status.REJECTED) continue; // a lesson's step may fail on purpose
                note(errors, error);
                if (submission && error.contains(Sandbox.EXIT_REFUSED)) return Step.EXIT;
            }
            if (process != null && !process.isAlive()) return Step.ENDED;
        }
        return Step.OK;
    }

    /** What JShell's analysis of the code gives, or {@link CompilerTrouble} when code nested too deep overflows the analysis. */
    private static <T> T analysed(java.util.function.Supplier<T> analysis) {
        try {
            return analysis.get();
        } catch (StackOverflowError | InternalError e) { // JShell wraps its parser's overflow in an InternalError
            throw new CompilerTrouble(e);
        }
    }

    /**
     * The events of evaluating one snippet, or null when the process has ended; TimeoutException past
     * {@code endsAt} (the code is stopped), {@link CompilerTrouble} when the grader's compiler failed on it
     * or was still compiling it then (the compilation is stopped).
     */
    private List<SnippetEvent> evalBefore(String snippet, long endsAt) throws TimeoutException {
        try {
            return SnippetEval.eval(shell, snippet, endsAt);
        } catch (SnippetEval.StillCompiling e) {
            if (e.compilingMillis() < limits.timeMillis() / 2) throw new TimeoutException(); // time spent running earlier code: a plain time-out
            throw new CompilerTrouble("one of its snippets was still being compiled after " + e.compilingMillis() / 1000 + " s"
                    + (e.stopped() ? "" : "; the compilation goes on in the background on this JDK"));
        } catch (ExecutionException e) {
            if (process != null && process.isAlive()) throw new CompilerTrouble(e.getCause());
            return null; // JShell fails when its process has gone
        }
    }

    /** What went wrong in one event, in a line, or null when nothing did. */
    private String describe(SnippetEvent e) {
        Snippet s = e.snippet();
        if (e.status() == Snippet.Status.REJECTED) {
            List<String> messages = new ArrayList<>();
            for (Diag d : shell.diagnostics(s).toList()) {
                if (d.isError()) messages.add(d.getMessage(Locale.ENGLISH).lines().findFirst().orElse(""));
            }
            return "compile error in `" + firstLine(s.source()) + "`: " + String.join("; ", messages);
        }
        JShellException x = e.exception();
        if (x instanceof UnresolvedReferenceException u) {
            return "`" + firstLine(s.source()) + "` cannot run: it needs " + String.join(", ", shell.unresolvedDependencies(u.getSnippet()).toList())
                    + ", which is not defined";
        }
        if (x != null) {
            String type = x instanceof EvalException ev ? ev.getExceptionClassName() : x.getClass().getName();
            String message = x.getMessage() == null ? "" : ": " + x.getMessage().strip().lines().findFirst().orElse(""); // a message's further lines could pass for the grader's
            return "exception in `" + firstLine(s.source()) + "`: " + type.substring(type.lastIndexOf('.') + 1) + message;
        }
        return null;
    }

    private static String firstLine(String source) {
        String line = source.strip().lines().findFirst().orElse("");
        return line.length() > 80 ? line.substring(0, 77) + "..." : line;
    }

    /** The text of an expression's value, read back through {@link Evidence}, or null when it could not be read. */
    private String read(String expression, long endsAt) {
        return evidence(endsAt).value("", expression).text();
    }

    private EvidenceReading evidence(long endsAt) {
        return new EvidenceReading(expression -> rendered(expression, endsAt));
    }

    /** JShell's rendering of an expression's value, or why there is none. */
    private ProbeValue rendered(String expression, long endsAt) {
        List<SnippetEvent> events;
        try {
            events = evalBefore(expression, endsAt);
        } catch (TimeoutException e) {
            shell.stop();
            return new ProbeValue(expression, null, "reading it took too long");
        } catch (CompilerTrouble e) {
            return new ProbeValue(expression, null, "the grader's compiler could not handle it (" + e.getMessage() + ")");
        }
        if (events != null) {
            for (SnippetEvent e : events) {
                if (e.causeSnippet() != null) continue;
                String error = describe(e);
                if (error != null) return new ProbeValue(expression, null, error.replaceFirst("^[^`]*`[^`]*`: ", ""));
                if (e.value() != null) return new ProbeValue(expression, e.value(), null);
            }
        }
        return new ProbeValue(expression, null, "the submission's process stopped answering");
    }

    private String takeOutput() {
        CappedOutput.Taken taken = captured.take();
        if (taken.droppedBytes() > 0) outputCut = true;
        return taken.text();
    }

    @Override
    public void close() {
        shell.close();
        Process p = process;
        if (p != null) p.destroyForcibly();
        try (Stream<Path> files = Files.walk(folder)) {
            files.sorted(Comparator.reverseOrder()).forEach(f -> f.toFile().delete());
        } catch (IOException e) {
            // a folder left in the temporary directory is harmless
        }
    }
}
