package dev.dynasim.grading;

import java.nio.file.Path;
import java.security.AccessControlException;
import java.security.AccessController;
import java.security.Permission;
import java.security.Policy;
import java.security.PrivilegedAction;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The security manager of a submission's Java process, enforcing {@link SandboxPolicy}: the
 * submission's own code may read only its folder (and the JDK, class path and fonts), write no file,
 * and may not start programs, open sockets, end the process, replace the security manager, reach
 * private members by reflection, read the environment, load native code or start more than
 * {@link #MAX_THREADS} threads. Each refusal is remembered, in order, for the grader's feedback; the
 * threads the submission leaves running are stopped before its results are read.
 */
@SuppressWarnings("removal") // the Security Manager is deprecated for removal, but it is JDK 17's way to confine code in-process
public final class Sandbox extends SecurityManager {
    /** Most threads a submission may start. */
    public static final int MAX_THREADS = 32;
    /** The prefix of the message of the exception that refuses System.exit. */
    public static final String EXIT_REFUSED = "System.exit is not allowed while grading";

    private static volatile Sandbox installed;
    /** The threads alive before the submission ran (the grader's, JShell's and the JDK's). */
    private static volatile Set<Thread> before = Set.of();
    /** How a loaded class would be finalized, or empty. */
    private static volatile String finalizable = "";
    private final StackWalker walker = StackWalker.getInstance(StackWalker.Option.RETAIN_CLASS_REFERENCE);
    private final Refusals refusals = new Refusals();
    private final AtomicInteger threadsStarted = new AtomicInteger();

    private Sandbox() {
    }

    /** Confines the code JShell loads from now on to {@code folder} (the process's working folder); once per process. */
    public static synchronized void install(Path folder) {
        if (installed != null || System.getSecurityManager() != null) throw new SecurityException("the sandbox is installed already");
        SandboxPolicy policy = new SandboxPolicy(folder);
        Sandbox sandbox = new Sandbox();
        Policy.setPolicy(policy);
        System.setSecurityManager(sandbox);
        installed = sandbox;
    }

    @Override
    public void checkPermission(Permission p) {
        try {
            AccessController.checkPermission(p); // the policy decides, for every caller on the stack, honouring the JDK's privileged blocks
        } catch (AccessControlException e) {
            refuse(SandboxPolicy.refusal(p));
        }
    }

    @Override
    public void checkPermission(Permission p, Object context) {
        checkPermission(p);
    }

    @Override
    public void checkExit(int status) {
        if (submissionAsking()) {
            refusals.add("exit", "System.exit(" + status + ")");
            throw new SecurityException(EXIT_REFUSED + " (System.exit(" + status + ") was called)");
        }
    }

    @Override
    public void checkAccess(ThreadGroup g) {
        super.checkAccess(g);
        if (!submissionAsking() || !startingAThread()) return;
        if (threadsStarted.incrementAndGet() <= MAX_THREADS) return;
        refuse(new Refusals.Refusal("threads", "starting more than " + MAX_THREADS + " threads"));
    }

    /** Whether a thread is being made (a Thread constructor is on the stack), not only its group looked at. */
    private boolean startingAThread() {
        return walker.walk(frames -> frames.anyMatch(f -> f.getDeclaringClass() == Thread.class && f.getMethodName().equals("<init>")));
    }

    /** Whether the submission's code is among those asking now (outside any privileged block of the JDK's). */
    private static boolean submissionAsking() {
        try {
            AccessController.checkPermission(SandboxPolicy.NOT_THE_SUBMISSION);
            return false;
        } catch (AccessControlException e) {
            return true;
        }
    }

    private void refuse(Refusals.Refusal r) {
        refusals.add(r.kind(), r.what());
        throw new SecurityException(r.what() + " is not allowed while grading");
    }

    /**
     * Looks at a class JShell has just loaded from a snippet, before any of its code runs: one with a
     * {@code finalize()} method (its own or inherited) would have the JVM's own finalizer thread run its
     * code, whenever the collector likes and out of the grader's reach, so it is remembered.
     */
    static void inspect(Class<?> loaded) {
        if (!finalizable.isEmpty()) return;
        String found = AccessController.doPrivileged((PrivilegedAction<String>) () -> finalizer(loaded));
        if (found != null) finalizable = found;
    }

    private static String finalizer(Class<?> loaded) {
        for (Class<?> c = loaded; c != null && c != Object.class; c = c.getSuperclass()) {
            try {
                c.getDeclaredMethod("finalize");
            } catch (NoSuchMethodException e) {
                continue;
            }
            String name = loaded.getSimpleName().isEmpty() ? "anonymous class" : "class " + loaded.getSimpleName();
            return name + (c == loaded ? " declares finalize()" : " inherits finalize() from " + c.getName());
        }
        return null;
    }

    /** How the submission made a class the JVM would finalize (see {@link #inspect}), or an empty text. */
    public static String finalizable() {
        return finalizable;
    }

    /** What the submission was refused so far, the first of each kind with how often (see {@link Refusals}), or an empty list outside a sandbox. */
    public static List<String> refusals() {
        Sandbox s = installed;
        return s == null ? List.of() : s.refusals.lines();
    }

    /**
     * Marks the start of the submission (the grader calls it, through JShell, once the exercise's own
     * code has run): remembers the threads alive now and forgets the exercise's own refusals; how many
     * threads. Only the first call counts, so the submission cannot re-mark.
     */
    public static synchronized int startSubmission() {
        if (!before.isEmpty()) return before.size();
        before = Set.copyOf(allThreads());
        Sandbox s = installed;
        if (s != null) s.refusals.clear();
        return before.size();
    }

    /**
     * Stops the threads the submission started that are still running, so that nothing changes while
     * the grader reads its results; how many are still running after that (a thread that catches its
     * stop and goes on), which makes its results unreliable.
     */
    @SuppressWarnings("deprecation") // Thread.stop: the only way to end a thread that ignores interrupts, and JDK 17 to 19 still have it
    public static int stopSubmissionThreads() {
        List<Thread> left = submissionThreads();
        for (Thread t : left) {
            AccessController.doPrivileged((PrivilegedAction<Void>) () -> {
                t.interrupt();
                try {
                    t.stop();
                } catch (UnsupportedOperationException e) {
                    // JDK 20 and later: the interrupt is all there is
                }
                return null;
            });
        }
        for (Thread t : left) {
            try {
                t.join(200);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        return submissionThreads().size();
    }

    /** How many threads the submission started that were running when the grader came to read its results (counted before they are stopped). */
    public static int submissionThreadsRunning() {
        return submissionThreads().size();
    }

    private static List<Thread> submissionThreads() {
        return AccessController.doPrivileged((PrivilegedAction<List<Thread>>) Sandbox::listSubmissionThreads); // looking at thread groups needs rights
    }

    private static List<Thread> listSubmissionThreads() {
        List<Thread> out = new ArrayList<>();
        for (Thread t : allThreads()) {
            if (before.contains(t) || t == Thread.currentThread() || !t.isAlive() || t.getThreadGroup() == null) continue;
            if (t.getThreadGroup().getParent() == null && t.isDaemon()) continue; // the JDK's own system threads
            out.add(t);
        }
        return out;
    }

    /** Every live thread (with the grader's rights: the grader's snippet that asks is compiled by JShell like the submission's). */
    private static Set<Thread> allThreads() {
        return AccessController.doPrivileged((PrivilegedAction<Set<Thread>>) () -> Thread.getAllStackTraces().keySet());
    }
}
