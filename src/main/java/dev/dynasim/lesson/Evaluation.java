package dev.dynasim.lesson;

import java.util.ArrayList;
import java.util.List;

/**
 * What running some code showed, piece by piece in order (what it printed, values, errors, charts),
 * so that a notebook can tell errors apart from values and prints; {@link #outcome()} is the same as
 * the lines a lesson shows.
 *
 * <p>An error's {@linkplain Failure#name() name} is Jupyter's {@code ename}: an exception's simple
 * class name ({@code ArithmeticException}, JShell's {@code UnresolvedReferenceException}), a DynamoDB
 * error's exception name ({@code ValidationException}, {@code ProvisionedThroughputExceededException}),
 * {@value #COMPILATION_ERROR} for code that does not compile (or is incomplete), {@value #TIMEOUT_ERROR}
 * for code stopped after running too long and {@value #PROCESS_ENDED_ERROR} when the code's Java
 * process ended (System.exit, a crash).
 */
public record Evaluation(List<Shown> shown, boolean processEnded, boolean stopped) {
    /** The name of a compile error (or incomplete code). */
    public static final String COMPILATION_ERROR = "CompilationError";
    /** The name of code stopped because it ran too long. */
    public static final String TIMEOUT_ERROR = "TimeoutError";
    /** The name of the end of the code's Java process. */
    public static final String PROCESS_ENDED_ERROR = "ProcessEndedError";

    /** Copies the pieces. */
    public Evaluation {
        shown = List.copyOf(shown);
    }

    /** One piece of what running code showed. */
    public sealed interface Shown permits Printed, Value, Failure, Display {
        /** The piece as the lines a lesson shows (none for a chart: its value already says where it was saved). */
        List<String> lines();
    }

    /** What the code printed (System.out and System.err), as lines. */
    public record Printed(List<String> lines) implements Shown {
        /** Copies the lines. */
        public Printed {
            lines = List.copyOf(lines);
        }
    }

    /** A value as JShell shows it: {@code name ==> value} (the value may span lines), or {@code |  created method m}. */
    public record Value(String line) implements Shown {
        @Override
        public List<String> lines() {
            return List.of(line);
        }
    }

    /** An error: its name (see the class comment), its message, and the lines a lesson shows for it. */
    public record Failure(String name, String message, List<String> lines) implements Shown {
        /** Copies the lines. */
        public Failure {
            lines = List.copyOf(lines);
        }
    }

    /** A chart the code displayed: its PNG bytes and a text for readers that show no images. */
    public record Display(byte[] png, String text) implements Shown {
        @Override
        public List<String> lines() {
            return List.of();
        }
    }

    /** Whether anything failed (an error, or the process ended). */
    public boolean failed() {
        return processEnded || shown.stream().anyMatch(Failure.class::isInstance);
    }

    /** The lines a lesson shows, as one outcome. */
    public JShellSession.Outcome outcome() {
        List<String> lines = new ArrayList<>();
        for (Shown s : shown) lines.addAll(s.lines());
        return new JShellSession.Outcome(lines, processEnded, stopped, failed());
    }
}
