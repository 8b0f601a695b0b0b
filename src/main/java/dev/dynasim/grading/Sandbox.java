package dev.dynasim.grading;

import java.io.File;
import java.io.FilePermission;
import java.net.SocketPermission;
import java.nio.file.Path;
import java.security.AccessControlException;
import java.security.AccessController;
import java.security.Permission;
import java.security.Policy;
import java.security.ProtectionDomain;
import java.util.ArrayList;
import java.util.List;
import java.util.PropertyPermission;
import java.util.Set;

/**
 * The security manager of a submission's Java process: the submission's own code (classes JShell
 * loaded from snippets) may read files only in its folder, the JDK, the class path and the fonts, and
 * write none (dynasim's charts are drawn into its folder); it may not start programs, open sockets, end the process, replace the security
 * manager, reach private members by reflection, read the environment, load native code or start more
 * than {@link #MAX_THREADS} threads. dynasim's own code, called by the submission, keeps its rights
 * (it reads prices from the class path and uses reflection through Jackson). Each refusal is
 * remembered, in order, for the grader's feedback.
 */
@SuppressWarnings("removal") // the Security Manager is deprecated for removal, but it is JDK 17's way to confine code in-process
public final class Sandbox extends SecurityManager {
    /** Most threads a submission may start. */
    public static final int MAX_THREADS = 32;
    /** Most refusals remembered. */
    private static final int MAX_REFUSALS = 20;
    /** The prefix of the message of the exception that refuses System.exit. */
    public static final String EXIT_REFUSED = "System.exit is not allowed while grading";
    private static final String JSHELL_LOADER = "jdk.jshell.execution.DefaultLoaderDelegate$RemoteClassLoader";
    /** What the submission's own code may use of the runtime's permissions (the rest it may not). */
    private static final Set<String> HARMLESS_RUNTIME = Set.of("accessDeclaredMembers", "getStackTrace", "getClassLoader",
            "getProtectionDomain", "setContextClassLoader", "localeServiceProvider", "charsetProvider", "getStackWalkerWithClassReference",
            "accessClassInPackage.sun.util.resources", "accessClassInPackage.sun.text.resources", "loggerFinder");
    /** A permission only the grader's side holds: asking for it tells whether the submission is asking. */
    private static final Permission GRADER_ONLY = new RuntimePermission("dynasim.graderOnly");

    private static volatile Sandbox installed;
    private final List<String> readable = new ArrayList<>();
    private final String folder;
    private final List<String> refusals = new ArrayList<>();
    private int threadsStarted;

    private Sandbox(Path folder) {
        this.folder = canonical(folder.toString());
        readable.add(this.folder);
        readable.add(canonical(System.getProperty("java.home")));
        for (String entry : System.getProperty("java.class.path", "").split(File.pathSeparator)) {
            if (!entry.isBlank()) readable.add(canonical(entry));
        }
        for (String system : List.of("/usr/share/fonts", "/usr/local/share/fonts", "/etc/fonts", "/var/cache/fontconfig", "/etc/localtime",
                "/usr/share/zoneinfo", "/dev/random", "/dev/urandom", "/proc/self", "/sys/fs/cgroup", "/proc/cpuinfo", "/proc/meminfo")) {
            readable.add(system);
        }
    }

    /** Confines the code JShell loads from now on to {@code folder} (the process's working folder). */
    public static synchronized void install(Path folder) {
        if (installed != null) throw new SecurityException("the sandbox is installed already");
        Sandbox sandbox = new Sandbox(folder);
        Policy.setPolicy(sandbox.new SandboxPolicy());
        System.setSecurityManager(sandbox);
        installed = sandbox;
    }

    /** The threads alive before the submission ran (the grader's, JShell's and the JDK's). */
    private static volatile java.util.Set<Thread> before = java.util.Set.of();

    /** Remembers the threads alive now, before the submission runs (the grader calls it, through JShell); how many. */
    public static synchronized int markThreads() {
        if (before.isEmpty()) before = java.util.Set.copyOf(allThreads()); // once: the submission cannot re-mark
        return before.size();
    }

    /**
     * Stops the threads the submission started that are still running, so that nothing changes while
     * the grader reads its results; how many there were. Only the grader's own call may do it.
     */
    @SuppressWarnings("deprecation") // Thread.stop: the only way to end a thread that ignores interrupts, and JDK 17 to 19 still have it
    public static int stopSubmissionThreads() {
        int stopped = 0;
        for (Thread t : allThreads()) {
            if (before.contains(t) || t == Thread.currentThread() || !t.isAlive() || t.getThreadGroup() == null) continue;
            if (t.getThreadGroup().getParent() == null && t.isDaemon()) continue; // the JDK's own system threads
            stopped++;
            AccessController.doPrivileged((java.security.PrivilegedAction<Void>) () -> {
                t.interrupt();
                try {
                    t.stop();
                } catch (UnsupportedOperationException e) {
                    // JDK 20 and later: the interrupt is all there is
                }
                return null;
            });
        }
        return stopped;
    }

    /** Every live thread (with the grader's rights: the grader's snippet that asks is compiled by JShell like the submission's). */
    private static java.util.Set<Thread> allThreads() {
        return AccessController.doPrivileged((java.security.PrivilegedAction<java.util.Set<Thread>>) () -> Thread.getAllStackTraces().keySet());
    }

    /** What was refused so far, in order (at most 20), or an empty list outside a sandbox. */
    public static List<String> refusals() {
        Sandbox s = installed;
        if (s == null) return List.of();
        synchronized (s.refusals) {
            return List.copyOf(s.refusals);
        }
    }

    @Override
    public void checkPermission(Permission p) {
        try {
            AccessController.checkPermission(p); // the policy below decides, honouring the JDK's privileged blocks
        } catch (AccessControlException e) {
            refuse(describe(p));
        }
    }

    @Override
    public void checkPermission(Permission p, Object context) {
        checkPermission(p);
    }

    @Override
    public void checkExit(int status) {
        if (submissionAsking()) {
            remember("System.exit(" + status + ")");
            throw new SecurityException(EXIT_REFUSED + " (System.exit(" + status + ") was called)");
        }
    }

    @Override
    public void checkAccess(ThreadGroup g) {
        if (!submissionAsking()) return;
        synchronized (refusals) {
            if (++threadsStarted <= MAX_THREADS) return;
        }
        refuse("starting more than " + MAX_THREADS + " threads");
    }

    /** Whether the submission's code is among those asking now (outside any privileged block of the JDK's). */
    private static boolean submissionAsking() {
        try {
            AccessController.checkPermission(GRADER_ONLY);
            return false;
        } catch (AccessControlException e) {
            return true;
        }
    }

    /** The policy: dynasim, the JDK and the libraries may do anything; the submission's classes only what {@link #submissionMay} allows. */
    private final class SandboxPolicy extends Policy {
        @Override
        public boolean implies(ProtectionDomain domain, Permission p) {
            if (domain == null || !isSubmission(domain.getClassLoader())) return true;
            return submissionMay(p);
        }
    }

    private boolean submissionMay(Permission p) {
        if (p == GRADER_ONLY) return false;
        if (p instanceof FilePermission f) return fileAllowed(f);
        if (p instanceof PropertyPermission) return p.getActions().equals("read") || dynasimAsking();
        if (p instanceof SocketPermission || p instanceof java.security.SecurityPermission || p instanceof java.security.AllPermission) return false;
        if (p instanceof RuntimePermission r && HARMLESS_RUNTIME.contains(r.getName())) return true;
        return dynasimAsking(); // the rest only when dynasim's own code (a shell call) asks on the submission's behalf
    }

    private boolean fileAllowed(FilePermission f) {
        String actions = f.getActions();
        if (actions.contains("execute")) return false;
        String path = canonical(f.getName());
        boolean writes = actions.contains("write") || actions.contains("delete");
        // dynasim may write in the folder (charts); the submission's own code may not write at all, so it cannot fill the disk
        if (writes) return within(path, folder) && dynasimAsking();
        if (within(path, folder)) return true;
        for (String r : readable) if (within(path, r)) return true;
        return false;
    }

    private static boolean within(String path, String dir) {
        return path.equals(dir) || path.startsWith(dir.endsWith("/") ? dir : dir + "/");
    }

    private static String canonical(String name) {
        if (name.endsWith("/-") || name.endsWith("/*")) name = name.substring(0, name.length() - 2);
        return Path.of(name).toAbsolutePath().normalize().toString();
    }

    private void refuse(String what) {
        remember(what);
        throw new SecurityException(what + " is not allowed while grading");
    }

    private void remember(String what) {
        synchronized (refusals) {
            if (refusals.size() < MAX_REFUSALS && !refusals.contains(what)) refusals.add(what);
        }
    }

    private String describe(Permission p) {
        if (p instanceof FilePermission f) {
            String a = f.getActions();
            if (a.contains("execute")) return "starting a program (" + f.getName() + ")";
            boolean writes = a.contains("write") || a.contains("delete");
            if (writes && within(canonical(f.getName()), folder)) return "writing files (" + f.getName() + ")";
            return (writes ? "writing " : "reading ") + f.getName() + ", outside the submission's folder";
        }
        if (p instanceof SocketPermission) return "opening a network connection (" + p.getName() + ")";
        if (p instanceof java.lang.reflect.ReflectPermission) return "reaching private members by reflection";
        if (p instanceof PropertyPermission) return "changing the system property " + p.getName();
        String name = p.getName();
        if (name.startsWith("getenv.")) return "reading the environment variable " + name.substring(7);
        if (name.startsWith("loadLibrary.")) return "loading native code";
        if (name.startsWith("exitVM")) return "System.exit";
        return switch (name) {
            case "setSecurityManager", "createSecurityManager", "setFactory", "setPolicy", "getPolicy" -> "replacing the grader's security manager";
            case "createClassLoader" -> "creating a class loader";
            case "setIO" -> "replacing System.out, System.err or System.in";
            case "manageProcess" -> "managing other processes";
            case "shutdownHooks" -> "adding shutdown hooks";
            case "modifyThreadGroup", "modifyThread" -> "changing the grader's threads";
            default -> "using " + p.getClass().getSimpleName() + " " + name;
        };
    }

    /**
     * Whether dynasim's own code asks on the submission's behalf: on the stack, from the newest call,
     * a dynasim class comes before any of the submission's (the JDK and libraries in between are its tools).
     */
    private boolean dynasimAsking() {
        for (Class<?> c : getClassContext()) {
            if (c == Sandbox.class || c == SandboxPolicy.class) continue;
            if (isSubmission(c.getClassLoader())) return false;
            if (c.getName().startsWith("dev.dynasim.")) return true;
        }
        return false;
    }

    private static boolean isSubmission(ClassLoader loader) {
        return loader != null && loader.getClass().getName().equals(JSHELL_LOADER);
    }
}
