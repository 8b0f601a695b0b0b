package dev.dynasim.grading;

import dev.dynasim.lesson.RemoteAgent;
import java.nio.file.Path;

/** The main class of a submission's Java process: installs the {@link Sandbox} on its working folder, then serves JShell, showing the sandbox each class it loads. */
public final class SandboxAgent {
    private SandboxAgent() {
    }

    /** Confines the process to its working folder, then connects to the grader at port {@code args[0]}. */
    public static void main(String[] args) throws Exception {
        Sandbox.install(Path.of("").toAbsolutePath());
        RemoteAgent.serve(Integer.parseInt(args[0]), Sandbox::inspect);
    }
}
