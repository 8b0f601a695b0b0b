package dev.dynasim.lesson;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import jdk.jshell.execution.StreamingExecutionControl;
import jdk.jshell.execution.Util;
import jdk.jshell.spi.ExecutionControl;
import jdk.jshell.spi.ExecutionControlProvider;
import jdk.jshell.spi.ExecutionEnv;

/**
 * A JShell execution engine that runs code in a separate Java process ({@link RemoteAgent}) over a
 * loopback socket without the debugger interface: as safe as JShell's default engine (the student's
 * {@code System.exit} ends only that process) and as fast as the in-process one. Stopping code that
 * runs too long ends the process; the runner starts another and replays the lesson.
 */
public final class SocketExecution implements ExecutionControlProvider {
    /** How long the code process may take to start and connect. */
    private static final int CONNECT_TIMEOUT_MILLIS = 30_000;
    private final String agentClass;
    private final Path workingDir;
    private final Consumer<Process> started;

    /** The lessons' engine: {@link RemoteAgent} in the current folder. */
    SocketExecution() {
        this(RemoteAgent.class.getName(), null, p -> { });
    }

    /**
     * An engine whose process runs {@code agentClass} (a main class that takes the port and calls
     * {@link RemoteAgent#serve}) in {@code workingDir} (null: the current folder), and is handed to
     * {@code started} once it runs.
     */
    public SocketExecution(String agentClass, Path workingDir, Consumer<Process> started) {
        this.agentClass = agentClass;
        this.workingDir = workingDir;
        this.started = started;
    }

    @Override
    public String name() {
        return "dynasim-socket";
    }

    @Override
    public ExecutionControl generate(ExecutionEnv env, Map<String, String> parameters) throws IOException {
        try (ServerSocket server = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            List<String> command = new ArrayList<>();
            command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
            command.addAll(env.extraRemoteVMOptions());
            command.add("-cp");
            command.add(ClassPath.joined());
            command.add(agentClass);
            command.add(Integer.toString(server.getLocalPort()));
            ProcessBuilder builder = new ProcessBuilder(command).redirectOutput(ProcessBuilder.Redirect.DISCARD)
                    .redirectError(ProcessBuilder.Redirect.DISCARD);
            if (workingDir != null) builder.directory(workingDir.toFile());
            Process process = builder.start();
            started.accept(process);
            server.setSoTimeout(CONNECT_TIMEOUT_MILLIS);
            Socket socket;
            try {
                socket = server.accept();
            } catch (SocketTimeoutException e) {
                process.destroyForcibly();
                throw new IOException("the Java process for the lesson's code did not start within " + CONNECT_TIMEOUT_MILLIS / 1000 + " s");
            }
            socket.setTcpNoDelay(true);
            Map<String, OutputStream> outputs = new HashMap<>();
            outputs.put("out", env.userOut());
            outputs.put("err", env.userErr());
            Map<String, InputStream> inputs = new HashMap<>();
            inputs.put("in", env.userIn());
            return Util.remoteInputOutput(socket.getInputStream(), socket.getOutputStream(), outputs, inputs,
                    (in, out) -> new StreamingExecutionControl(out, in) {
                        @Override
                        public void redefine(ClassBytecodes[] classes) throws NotImplementedException {
                            throw new NotImplementedException("redefine not supported"); // JShell then loads the new version afresh
                        }

                        @Override
                        public void stop() {
                            process.destroyForcibly(); // code that will not end: end its process
                        }

                        @Override
                        public void close() {
                            super.close();
                            process.destroyForcibly();
                        }
                    });
        }
    }
}
