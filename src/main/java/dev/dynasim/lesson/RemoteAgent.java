package dev.dynasim.lesson;

import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.net.InetAddress;
import java.net.Socket;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Consumer;
import dev.dynasim.engine.model.DynamoDbException;
import jdk.jshell.execution.RemoteExecutionControl;
import jdk.jshell.spi.ExecutionControl.ClassBytecodes;
import jdk.jshell.spi.ExecutionControl.ClassInstallException;
import jdk.jshell.spi.ExecutionControl.EngineTerminationException;
import jdk.jshell.spi.ExecutionControl.InternalException;
import jdk.jshell.spi.ExecutionControl.NotImplementedException;
import jdk.jshell.spi.ExecutionControl.RunException;
import jdk.jshell.spi.ExecutionControl.UserException;
import jdk.jshell.execution.Util;

/**
 * The main class of a lesson's code process: connects back to the runner on the port given and runs
 * JShell's remote execution control over that socket, with the student's {@code System.out},
 * {@code System.err} and {@code System.in} carried on it. Small packets go out at once (no Nagle
 * delay), which makes a step a few milliseconds instead of a few hundred.
 */
public final class RemoteAgent {
    private RemoteAgent() {
    }

    /** Connects to the runner at {@code args[0]} (a port on the loopback address) and serves it until it closes. */
    public static void main(String[] args) throws Exception {
        serve(Integer.parseInt(args[0]));
    }

    /** Connects to the runner at {@code port} on the loopback address, serves it until it closes, then ends the process. */
    public static void serve(int port) throws Exception {
        serve(port, c -> { });
    }

    /**
     * Like {@link #serve(int)}, showing {@code loaded} each class JShell loads from the snippets (before
     * any of it runs): the grader's sandbox looks at them.
     */
    public static void serve(int port, Consumer<Class<?>> loaded) throws Exception {
        // the runner may be killed outright (a CI timeout): this process must not live on without it, spinning in a student's loop
        ProcessHandle.current().parent().ifPresent(runner -> runner.onExit().thenRun(() -> Runtime.getRuntime().halt(1)));
        try (Socket socket = new Socket(InetAddress.getLoopbackAddress(), port)) {
            socket.setTcpNoDelay(true);
            Map<String, Consumer<OutputStream>> outputs = new HashMap<>();
            outputs.put("out", st -> System.setOut(new PrintStream(st, true)));
            outputs.put("err", st -> System.setErr(new PrintStream(st, true)));
            Map<String, Consumer<InputStream>> inputs = new HashMap<>();
            inputs.put("in", System::setIn);
            Util.forwardExecutionControlAndIO(new NamedDynamoDbErrors(loaded), socket.getInputStream(), socket.getOutputStream(), outputs,
                    inputs);
        } finally {
            System.exit(0); // the runner has gone: end, whatever threads the student's code left running
        }
    }

    /** Remote execution that reports a DynamoDB error with DynamoDB's exception name before its message, as a student reads it. */
    private static final class NamedDynamoDbErrors extends RemoteExecutionControl {
        private final Consumer<Class<?>> loaded;

        NamedDynamoDbErrors(Consumer<Class<?>> loaded) {
            this.loaded = loaded;
        }

        @Override
        public void load(ClassBytecodes[] cbcs) throws ClassInstallException, NotImplementedException, EngineTerminationException {
            super.load(cbcs);
            for (ClassBytecodes c : cbcs) {
                try {
                    loaded.accept(findClass(c.name()));
                } catch (ClassNotFoundException e) {
                    throw new ClassInstallException("a class JShell loaded could not be found: " + c.name(), new boolean[cbcs.length]);
                }
            }
        }

        @Override
        protected String throwConvertedInvocationException(Throwable cause) throws RunException, InternalException {
            if (cause instanceof DynamoDbException e) {
                throw new UserException(e.code() + ": " + e.getMessage(), DynamoDbException.class.getName(), e.getStackTrace());
            }
            return super.throwConvertedInvocationException(cause);
        }
    }
}
