package dev.dynasim.grading;

/** Whether this JDK can confine submissions: the sandbox uses the Security Manager, which JDK 24 removed (JEP 486). */
public final class SandboxSupport {
    /** The last JDK whose Security Manager can be enabled. */
    static final int LAST_JDK = 23;

    private SandboxSupport() {
    }

    /** Throws a clear {@link IllegalStateException} when the JDK running the grader cannot sandbox submissions. */
    public static void require() {
        require(Runtime.version().feature());
    }

    /** Throws a clear {@link IllegalStateException} when JDK {@code feature} (17, 21, 25...) cannot sandbox submissions. */
    static void require(int feature) {
        if (feature > LAST_JDK) {
            throw new IllegalStateException("grading needs a JDK 17 to " + LAST_JDK + ": its sandbox uses the Security Manager, which JDK "
                    + feature + " no longer has. Run it with a JDK 17 (JAVA_HOME=/usr/lib/jvm/java-17-openjdk-amd64 on Debian).");
        }
    }
}
