package dev.dynasim.grading;

import dev.dynasim.lesson.ClassPath;
import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.io.StringWriter;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import javax.tools.Diagnostic;
import javax.tools.DiagnosticCollector;
import javax.tools.FileObject;
import javax.tools.ForwardingJavaFileManager;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.SimpleJavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;

/**
 * An exercise's checks, compiled once (in memory, with the JDK's compiler) into a class of the
 * grader's and run here, in the grader, against each {@link Submission}: the submission's process
 * never holds them. A check that throws {@link MissingEvidence} fails with its message; one that throws
 * anything else fails with a note that the check itself is at fault.
 */
public final class Checker {
    private static final String CLASS = "ExerciseChecks";
    private final GradedExercise exercise;
    private final Object instance;
    private final Map<String, Method> methods = new HashMap<>();

    private Checker(GradedExercise exercise, Object instance) {
        this.exercise = exercise;
        this.instance = instance;
        for (CheckSpec c : exercise.checks()) {
            try {
                Method m = instance.getClass().getDeclaredMethod(c.method(), Submission.class);
                if (m.getReturnType() != CheckResult.class) throw new NoSuchMethodException();
                m.setAccessible(true);
                methods.put(c.method(), m);
            } catch (NoSuchMethodException e) {
                throw new IllegalArgumentException("exercise " + exercise.id() + ": check " + c.method() + " needs a method \"CheckResult "
                        + c.method() + "(Submission s)\"");
            }
        }
    }

    /** The checks of {@code exercise}, compiled; IllegalArgumentException with the compiler's messages when they do not compile. */
    public static Checker of(GradedExercise exercise) {
        JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
        if (javac == null) throw new IllegalStateException("grading needs a JDK (with javac), not a JRE");
        String source = "import dev.dynasim.grading.*; import java.util.*; import java.math.*; public final class " + CLASS + " {"
                + exercise.checkSource() + "\n}\n";
        DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
        StandardJavaFileManager standard = javac.getStandardFileManager(diagnostics, Locale.ROOT, StandardCharsets.UTF_8);
        Map<String, ByteArrayOutputStream> classes = new HashMap<>();
        ForwardingJavaFileManager<StandardJavaFileManager> files = new ForwardingJavaFileManager<>(standard) {
            @Override
            public JavaFileObject getJavaFileForOutput(Location location, String className, JavaFileObject.Kind kind, FileObject sibling) {
                return new SimpleJavaFileObject(URI.create("mem:///" + className.replace('.', '/') + kind.extension), kind) {
                    @Override
                    public OutputStream openOutputStream() {
                        return classes.computeIfAbsent(className, k -> new ByteArrayOutputStream());
                    }
                };
            }
        };
        JavaFileObject unit = new SimpleJavaFileObject(URI.create("string:///" + CLASS + ".java"), JavaFileObject.Kind.SOURCE) {
            @Override
            public CharSequence getCharContent(boolean ignoreEncodingErrors) {
                return source;
            }
        };
        List<String> options = List.of("-classpath", ClassPath.joined(), "-proc:none",
                "-nowarn", "-g");
        StringWriter log = new StringWriter();
        boolean ok = javac.getTask(log, files, diagnostics, options, null, List.of(unit)).call();
        if (!ok) {
            List<String> messages = new ArrayList<>();
            for (Diagnostic<? extends JavaFileObject> d : diagnostics.getDiagnostics()) {
                if (d.getKind() == Diagnostic.Kind.ERROR) messages.add("line " + d.getLineNumber() + ": " + d.getMessage(Locale.ENGLISH));
            }
            throw new IllegalArgumentException("the checks of exercise " + exercise.id() + " do not compile: " + String.join("; ", messages));
        }
        ClassLoader loader = new ClassLoader(Checker.class.getClassLoader()) {
            @Override
            protected Class<?> findClass(String name) throws ClassNotFoundException {
                ByteArrayOutputStream bytes = classes.get(name);
                if (bytes == null) throw new ClassNotFoundException(name);
                byte[] b = bytes.toByteArray();
                return defineClass(name, b, 0, b.length);
            }
        };
        try {
            var constructor = loader.loadClass(CLASS).getDeclaredConstructor();
            constructor.setAccessible(true);
            return new Checker(exercise, constructor.newInstance());
        } catch (ReflectiveOperationException e) {
            throw new IllegalArgumentException("the checks of exercise " + exercise.id() + " could not be loaded: " + e, e);
        }
    }

    /** The exercise checked. */
    public GradedExercise exercise() {
        return exercise;
    }

    /** Each check's result on {@code s}, in the exercise's order. */
    public List<CheckOutcome> check(Submission s) {
        List<CheckOutcome> out = new ArrayList<>();
        for (CheckSpec c : exercise.checks()) out.add(new CheckOutcome(c, decide(c, s)));
        return out;
    }

    private CheckResult decide(CheckSpec c, Submission s) {
        if (!s.outcome().evidenceRead()) return CheckResult.fail("not checked: " + String.join("; ", s.errors()));
        try {
            CheckResult r = (CheckResult) methods.get(c.method()).invoke(instance, s);
            return r != null ? r : CheckResult.fail("the check " + c.method() + " gave no result (a fault of the exercise, not yours)");
        } catch (InvocationTargetException e) {
            Throwable cause = e.getCause();
            if (cause instanceof MissingEvidence m) return CheckResult.fail(m.getMessage());
            return CheckResult.fail("the check " + c.method() + " failed with " + cause + " (a fault of the exercise, not yours)");
        } catch (IllegalAccessException e) {
            throw new IllegalStateException(e);
        }
    }
}
