package dev.dynasim.grading;

import dev.dynasim.shell.Shell;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiFunction;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import jdk.jshell.DeclarationSnippet;
import jdk.jshell.ImportSnippet;
import jdk.jshell.JShell;
import jdk.jshell.Snippet;
import jdk.jshell.VarSnippet;

/**
 * What keeps a submission from steering the grader's own snippets: the names those snippets use
 * ({@code dev}, {@code java}, the shell's calls), which a submission may not declare, and the
 * exercise's declarations its probes read, which a submission may not redeclare or reassign.
 */
final class Guard {
    /** Names the grader's own snippets start with ({@code dev.dynasim...}, {@code java.lang...}): a submission must not declare them. */
    private static final Set<String> RESERVED = Set.of("dev", "java");
    /** The shell's calls ({@code table}, {@code key}...), which probes use: a submission must not declare methods that hide them. */
    private static final Set<String> SHELL_CALLS = Arrays.stream(Shell.class.getMethods()).filter(m -> Modifier.isStatic(m.getModifiers()))
            .map(Method::getName).collect(Collectors.toUnmodifiableSet());
    private static final Pattern IDENTIFIER = Pattern.compile("[A-Za-z_$][A-Za-z0-9_$]*");
    private static final Set<String> PRIMITIVES = Set.of("int", "long", "double", "float", "boolean", "char", "byte", "short");

    private final JShell shell;
    /** Reads an Evidence expression's text in the submission's process before a deadline (null: it could not). */
    private final BiFunction<String, Long, String> read;

    Guard(JShell shell, BiFunction<String, Long, String> read) {
        this.shell = shell;
        this.read = read;
    }

    /**
     * The exercise's own declarations that its probes read (the lesson's {@code users}, say), each with
     * what it holds now (the identity of an object, the value of a primitive): a submission that
     * redeclares or reassigns one could make the probes read what it likes.
     */
    Map<DeclarationSnippet, String> guard(GradedExercise exercise, long endsAt) {
        Set<String> names = new HashSet<>();
        for (Probe p : exercise.probes()) {
            Matcher m = IDENTIFIER.matcher(p.expression());
            while (m.find()) names.add(m.group());
        }
        Map<DeclarationSnippet, String> guarded = new LinkedHashMap<>();
        shell.snippets().filter(s -> s instanceof DeclarationSnippet d && names.contains(d.name()) && shell.status(s).isActive())
                .forEach(s -> guarded.put((DeclarationSnippet) s, holds((DeclarationSnippet) s, endsAt)));
        return guarded;
    }

    /** The name of a guarded declaration the submission redeclared or reassigned, or null. */
    String changed(Map<DeclarationSnippet, String> guarded, long endsAt) {
        for (Map.Entry<DeclarationSnippet, String> g : guarded.entrySet()) {
            if (shell.status(g.getKey()) != Snippet.Status.VALID) return g.getKey().name();
            String now = holds(g.getKey(), endsAt);
            if (now != null && !now.equals(g.getValue())) return g.getKey().name(); // null: the process has gone, which the snapshot finds out
        }
        return null;
    }

    /** What a declaration holds, as text: a variable's value (primitive) or identity (object); a method's or type's source. */
    private String holds(DeclarationSnippet d, long endsAt) {
        if (!(d instanceof VarSnippet v)) return d.source();
        String value = PRIMITIVES.contains(v.typeName()) ? v.name() : "java.lang.System.identityHashCode(" + v.name() + ")";
        return read.apply(value, endsAt);
    }

    /** The imports among {@code snippets} that could hide the names the grader's snippets rely on: of a reserved name, or of the submission's own declarations. */
    List<String> hidingImports(Stream<Snippet> snippets) {
        return snippets.filter(s -> s instanceof ImportSnippet i && (RESERVED.contains(i.name()) || i.fullname().contains("REPL.") || i.fullname().contains("$JShell$")))
                .map(s -> s.source().strip()).distinct().toList();
    }

    /** The names among {@code snippets}' declarations that the grader's own snippets rely on, each once. */
    List<String> reserved(Stream<Snippet> snippets) {
        return snippets.filter(Guard::reserved).map(s -> ((DeclarationSnippet) s).name()).distinct().toList();
    }

    /** Whether a snippet declares a name the grader's snippets rely on. */
    private static boolean reserved(Snippet s) {
        if (!(s instanceof DeclarationSnippet d)) return false;
        return RESERVED.contains(d.name()) || d.kind() == Snippet.Kind.METHOD && SHELL_CALLS.contains(d.name());
    }
}
