package dev.dynasim.lesson;

import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import jdk.jshell.JShell;
import jdk.jshell.SnippetEvent;

/**
 * One {@link JShell#eval} on a thread of its own, waited for until a deadline (the lessons', the
 * notebooks' and the grader's). Past the deadline the thread is either running the code in the
 * code's process (then {@link JShell#stop} ends it, and
 * the caller hears {@link TimeoutException}) or still compiling it in this process (a
 * compiler bomb, or an ordinary snippet whose time was used up by the code before it: nothing in
 * JShell stops javac, so the thread is stopped and the caller hears {@link StillCompiling}, with how
 * long it compiled); either way no compilation is left running here afterwards.
 */
public final class SnippetEval {
    /** The package of JShell's execution control: a frame of it means the code runs in the code's process. */
    private static final String EXECUTION_PACKAGE = "jdk.jshell.execution.";
    private static final long STOP_WAIT_MILLIS = 5_000;

    private SnippetEval() {
    }

    /** The code was still being compiled, in this process, when its time was up. */
    public static final class StillCompiling extends Exception {
        private static final long serialVersionUID = 1L;
        private final boolean stopped;
        private final long compilingMillis;

        StillCompiling(boolean stopped, long compilingMillis) {
            super(null, null, false, false);
            this.stopped = stopped;
            this.compilingMillis = compilingMillis;
        }

        /** How long the snippet had been compiling (its whole evaluation so far: compiling comes before running). */
        public long compilingMillis() {
            return compilingMillis;
        }

        /** Whether the compiling thread ended (false on a JDK without Thread.stop, where it goes on in the background). */
        public boolean stopped() {
            return stopped;
        }
    }

    /** The events of evaluating {@code snippet} in {@code shell}; throws what {@link JShell#eval} throws, wrapped. */
    public static List<SnippetEvent> eval(JShell shell, String snippet, long endsAt) throws TimeoutException, StillCompiling, ExecutionException {
        long start = System.currentTimeMillis();
        long left = endsAt - start;
        if (left <= 0) throw new TimeoutException();
        FutureTask<List<SnippetEvent>> task = new FutureTask<>(() -> shell.eval(snippet));
        Thread thread = new Thread(task, "dynasim-eval");
        thread.setDaemon(true); // a compilation that cannot be stopped must not keep this process alive
        thread.start();
        try {
            return task.get(left, TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            shell.stop();
            throw new TimeoutException();
        } catch (TimeoutException e) {
            if (task.isDone()) return done(task); // it finished just as its time was up
            if (executing(thread)) {
                shell.stop();
                throw e;
            }
            long compiling = System.currentTimeMillis() - start;
            throw new StillCompiling(stop(thread), compiling);
        }
    }

    private static List<SnippetEvent> done(FutureTask<List<SnippetEvent>> task) throws ExecutionException {
        try {
            return task.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ExecutionException(e);
        }
    }

    /** Whether {@code thread} is waiting on the code's process (rather than compiling). */
    private static boolean executing(Thread thread) {
        for (StackTraceElement frame : thread.getStackTrace()) {
            if (frame.getClassName().startsWith(EXECUTION_PACKAGE)) return true;
        }
        return !thread.isAlive();
    }

    /** Stops a compiling thread; whether it ended. */
    @SuppressWarnings({"deprecation", "removal"}) // Thread.stop: javac has no other way to be stopped; JDK 17 to 19 have it
    private static boolean stop(Thread thread) {
        try {
            thread.stop();
        } catch (UnsupportedOperationException e) {
            return false; // JDK 20 and later
        }
        try {
            thread.join(STOP_WAIT_MILLIS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return !thread.isAlive();
    }
}
