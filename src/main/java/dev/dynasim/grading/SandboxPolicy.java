package dev.dynasim.grading;

import dev.dynasim.lesson.ClassPath;
import java.io.FilePermission;
import java.io.IOException;
import java.net.SocketPermission;
import java.nio.file.Path;
import java.security.AccessController;
import java.security.Permission;
import java.security.PrivilegedAction;
import java.security.Policy;
import java.security.ProtectionDomain;
import java.util.ArrayList;
import java.util.List;
import java.util.PropertyPermission;
import java.util.Set;

/**
 * What a submission's own code (the classes JShell loads from snippets) may do, as a Java security
 * policy: read files in its folder, the JDK, the class path, the fonts and the time zones; read system
 * properties; the few runtime permissions in {@link #HARMLESS}; nothing else. Every other code (the
 * JDK, dynasim, the libraries) may do anything, but only where no submission code is among the
 * callers, unless inside one of the JDK's privileged blocks: that is the Java access controller's rule,
 * and it does not trust dynasim more because it was called by the submission.
 */
@SuppressWarnings("removal") // the Security Manager is deprecated for removal, but it is JDK 17's way to confine code in-process
final class SandboxPolicy extends Policy {
    /** The runtime permissions the submission's own code may use (reading, not changing, anything). */
    static final Set<String> HARMLESS = Set.of("accessDeclaredMembers", "getStackTrace", "getClassLoader", "localeServiceProvider",
            "charsetProvider", "accessClassInPackage.sun.util.resources", "accessClassInPackage.sun.text.resources", "loggerFinder");
    /** The loader of the classes JShell makes from snippets. */
    private static final String JSHELL_LOADER = "jdk.jshell.execution.DefaultLoaderDelegate$RemoteClassLoader";
    /** A permission only code other than the submission's holds: asking for it tells whether the submission is among the callers. */
    static final Permission NOT_THE_SUBMISSION = new RuntimePermission("dynasim.notTheSubmission");

    private final Path folder;
    private final List<Path> readable = new ArrayList<>();

    /** The policy of a submission whose folder is {@code folder}. */
    SandboxPolicy(Path folder) {
        this.folder = real(folder);
        readable.add(this.folder);
        readable.add(real(Path.of(System.getProperty("java.home"))));
        for (String entry : ClassPath.entries()) readable.add(real(Path.of(entry)));
        for (String system : List.of("/usr/share/fonts", "/usr/local/share/fonts", "/etc/fonts", "/var/cache/fontconfig", "/usr/share/zoneinfo",
                "/etc/localtime", "/dev/random", "/dev/urandom")) {
            readable.add(real(Path.of(system)));
        }
    }

    @Override
    public boolean implies(ProtectionDomain domain, Permission p) {
        if (domain == null || !isSubmission(domain.getClassLoader())) return true;
        if (p == NOT_THE_SUBMISSION) return false;
        if (p instanceof FilePermission f) return readsAllowed(f);
        if (p instanceof PropertyPermission) return p.getActions().equals("read");
        if (p instanceof RuntimePermission) return HARMLESS.contains(p.getName());
        return false;
    }

    /** Whether {@code loader} is the one JShell loads snippets with. */
    static boolean isSubmission(ClassLoader loader) {
        return loader != null && loader.getClass().getName().equals(JSHELL_LOADER);
    }

    private boolean readsAllowed(FilePermission f) {
        if (!f.getActions().equals("read")) return false; // no writing, deleting or running programs at all
        Path path = AccessController.doPrivileged((PrivilegedAction<Path>) () -> real(Path.of(stripWildcard(f.getName())))); // the policy's own look
        for (Path r : readable) if (path.startsWith(r)) return true;
        return false;
    }

    /**
     * A refused permission in words for the student, with its kind, by which refusals are grouped:
     * reading, writing or running files, a system property, the network, a runtime right, or its class.
     */
    static Refusals.Refusal refusal(Permission p) {
        String name = p.getName() == null ? "" : p.getName();
        if (p instanceof FilePermission f) {
            String a = f.getActions();
            if (a.contains("execute")) return new Refusals.Refusal("file execute", "starting a program (" + name + ")");
            if (a.contains("write") || a.contains("delete")) return new Refusals.Refusal("file write", "writing files (" + name + ")");
            return new Refusals.Refusal("file read", "reading " + name + ", outside the submission's folder");
        }
        if (p instanceof SocketPermission) return new Refusals.Refusal("network", "opening a network connection (" + name + ")");
        if (p instanceof PropertyPermission) {
            return new Refusals.Refusal("property " + p.getActions(), name.equals("*") ? "reaching all the system properties at once (System.getProperties)"
                    : "changing the system property " + name);
        }
        if (p instanceof java.lang.reflect.ReflectPermission) return new Refusals.Refusal(p.getClass().getName(), "reaching private members by reflection");
        String kind = p instanceof RuntimePermission ? "runtime " + (name.contains(".") ? name.substring(0, name.indexOf('.')) : name) : p.getClass().getName();
        return new Refusals.Refusal(kind, named(p, name));
    }

    /** What a refused right, known by its name (a runtime right, a security policy's), was for. */
    private static String named(Permission p, String name) {
        if (name.startsWith("getenv.")) return "reading the environment variable " + name.substring(7);
        if (name.startsWith("loadLibrary.")) return "loading native code";
        if (name.startsWith("exitVM")) return "ending the process";
        return switch (name) {
            case "setSecurityManager", "createSecurityManager", "setFactory", "setPolicy", "getPolicy" -> "replacing the grader's security manager";
            case "createClassLoader" -> "creating a class loader";
            case "setIO" -> "replacing System.out, System.err or System.in";
            case "manageProcess" -> "managing other processes";
            case "shutdownHooks" -> "adding shutdown hooks";
            case "modifyThreadGroup", "modifyThread" -> "changing the grader's threads";
            case "setContextClassLoader" -> "changing a thread's class loader";
            default -> "using " + p.getClass().getSimpleName() + " " + name;
        };
    }

    private static String stripWildcard(String name) {
        return name.endsWith("/-") || name.endsWith("/*") ? name.substring(0, name.length() - 2) : name;
    }

    /** The real path (links followed, so that /proc/self/root and the like lead where they really lead), or the normalised path of what does not exist. */
    private static Path real(Path p) {
        Path abs = p.toAbsolutePath().normalize();
        try {
            return abs.toRealPath();
        } catch (IOException | SecurityException e) {
            Path parent = abs.getParent();
            return parent == null || parent.equals(abs) ? abs : real(parent).resolve(abs.getFileName());
        }
    }
}
