package dev.dynasim.grading;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.dynasim.lesson.AtomicFiles;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import java.util.stream.Stream;

/**
 * Grades a batch of submissions of one exercise, {@code jobs} at a time, each in its own sandboxed
 * process ({@link SandboxedRun}), its checks run here ({@link Checker}). Each submission's results
 * ({@code results.json}, {@code feedback.txt}, then {@code grading.json}, which marks it done) are
 * written into {@code out/NAME/} as soon as it is graded, atomically; a batch run again skips what is
 * done for the same submission, exercise and limits, so an interrupted batch resumes where it stopped
 * (a submission the grader itself failed on is not marked done, and is tried again).
 */
public final class Grader {
    /** The file that marks a submission graded, with what the class report needs. */
    static final String DONE = "grading.json";
    private static final ObjectMapper JSON = new ObjectMapper();
    private final GradedExercise exercise;
    private final Checker checker;
    private final Limits limits;
    private final String fingerprint;

    /** A grader of {@code exercise} under {@code limits} (its checks compiled now: a clear error when they do not compile). */
    public Grader(GradedExercise exercise, Limits limits) {
        this.exercise = exercise;
        this.checker = Checker.of(exercise);
        this.limits = limits;
        // the exercise, the limits and dynasim's version: results graded otherwise are graded again
        this.fingerprint = SubmissionFile.sha256((exercise.toString() + limits + Grader.class.getPackage().getImplementationVersion())
                .getBytes(StandardCharsets.UTF_8));
    }

    /** What a batch did: every submission's row (in the order given) and how many were graded now rather than found done. */
    public record Batch(List<ClassRow> rows, int gradedNow) {
    }

    /** Grades {@code files} into {@code out}, {@code jobs} at a time, telling {@code progress} of each as it is done. */
    public Batch grade(List<Path> files, Path out, int jobs, Consumer<ClassRow> progress) {
        List<String> names = SubmissionNames.of(files);
        List<ClassRow> rows = new ArrayList<>();
        Map<Integer, Future<ClassRow>> pending = new HashMap<>();
        ExecutorService pool = Executors.newFixedThreadPool(Math.max(1, jobs));
        AtomicInteger gradedNow = new AtomicInteger();
        try {
            for (int i = 0; i < files.size(); i++) {
                Path file = files.get(i);
                String name = names.get(i);
                Path dir = out.resolve(name);
                SubmissionFile submission = SubmissionFile.read(file, exercise.id());
                Done done = done(dir);
                if (done != null && done.sha256().equals(submission.sha256())) {
                    progress.accept(done.row());
                    pending.put(i, CompletableFuture.completedFuture(done.row()));
                    continue;
                }
                pending.put(i, pool.submit(() -> {
                    GradedSubmission g = gradeOne(name, submission);
                    ClassRow row = write(dir, g);
                    gradedNow.incrementAndGet();
                    progress.accept(row);
                    return row;
                }));
            }
            for (int i = 0; i < files.size(); i++) rows.add(pending.get(i).get());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("grading was interrupted; run it again to resume", e);
        } catch (ExecutionException e) {
            throw new IllegalStateException("grading failed: " + e.getCause(), e.getCause());
        } finally {
            pool.shutdownNow();
        }
        return new Batch(rows, gradedNow.get());
    }

    /** Grades one submission (read from its file): runs it in a sandbox and checks what it left. */
    public GradedSubmission gradeOne(String name, SubmissionFile submission) {
        Submission s;
        if (!submission.readable()) {
            s = new Submission(RunOutcome.UNREADABLE, List.of(submission.problem()), "", Map.of(), null);
        } else {
            try (SandboxedRun run = new SandboxedRun(limits)) {
                s = run.run(exercise, submission.code());
            } catch (RuntimeException | StackOverflowError | InternalError e) { // the grader's own trouble (no process could start...): not graded, the batch goes on
                s = new Submission(RunOutcome.GRADER_ERROR, List.of("the grader could not run it: " + e.getMessage()), "", Map.of(), null);
            }
        }
        return new GradedSubmission(name, submission.path().toString(), submission.sha256(), s.outcome(), checker.check(s), s.errors(),
                s.refused(), s.output());
    }

    /**
     * The class's rows: every submission graded into {@code out} with this exercise (by an earlier
     * batch too, such as a late submission graded on its own), with {@code batch}'s rows in place of theirs.
     */
    public List<ClassRow> classRows(Path out, List<ClassRow> batch) {
        Map<String, ClassRow> rows = new TreeMap<>();
        try (Stream<Path> dirs = Files.isDirectory(out) ? Files.list(out) : Stream.empty()) {
            for (Path dir : dirs.sorted().toList()) {
                Done done = done(dir);
                if (done != null) rows.put(dir.getFileName().toString(), done.row());
            }
        } catch (IOException e) {
            throw new UncheckedIOException("could not list " + out + ": " + e.getMessage(), e);
        }
        batch.forEach(r -> rows.put(r.name(), r));
        return List.copyOf(rows.values());
    }

    /** A submission graded with this exercise: the hash of its content and its row. */
    private record Done(String sha256, ClassRow row) {
    }

    /** What the done-marker in {@code dir} says, or null: none, another exercise's, or unreadable (then it is graded again). */
    private Done done(Path dir) {
        Path marker = dir.resolve(DONE);
        if (!Files.isRegularFile(marker)) return null;
        try {
            JsonNode root = JSON.readTree(marker.toFile());
            return fingerprint.equals(root.path("exercise").asText()) ? new Done(root.path("sha256").asText(), ClassRow.of(root)) : null;
        } catch (IOException | RuntimeException e) {
            return null;
        }
    }

    private ClassRow write(Path dir, GradedSubmission g) {
        ClassRow row = ClassRow.of(g);
        ObjectNode marker = row.json();
        marker.put("sha256", g.sha256());
        marker.put("exercise", fingerprint);
        try {
            Files.createDirectories(dir);
            Files.deleteIfExists(dir.resolve(DONE));
            AtomicFiles.writeString(dir.resolve("results.json"), GradescopeResults.json(exercise.id(), g));
            AtomicFiles.writeString(dir.resolve("feedback.txt"), Feedback.text(exercise.id(), g, false));
            AtomicFiles.writeString(dir.resolve("feedback-instructor.txt"), Feedback.text(exercise.id(), g, true));
            if (g.outcome() != RunOutcome.GRADER_ERROR) { // not done: a batch run again tries it again
                AtomicFiles.writeString(dir.resolve(DONE), JSON.writerWithDefaultPrettyPrinter().writeValueAsString(marker) + "\n");
            }
        } catch (IOException e) {
            throw new UncheckedIOException("could not write the results of " + g.name() + " to " + dir + ": " + e.getMessage(), e);
        }
        return row;
    }

    /** The exercise graded. */
    public GradedExercise exercise() {
        return exercise;
    }

    /** The checks' titles, points and visibility as JSON, for the class summary. */
    ArrayNode checksJson() {
        ArrayNode checks = JSON.createArrayNode();
        for (CheckSpec c : exercise.checks()) {
            ObjectNode o = checks.addObject();
            o.put("method", c.method());
            o.put("title", c.title());
            o.put("points", c.points());
            o.put("hidden", c.hidden());
        }
        return checks;
    }
}
