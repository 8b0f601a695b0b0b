package dev.dynasim.notebook;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.dynasim.lesson.Evaluation;
import dev.dynasim.lesson.JShellSession;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

/**
 * Runs a notebook's code cells in order in one JShell session (a separate Java process, its charts
 * displayed) and records each cell's outputs ({@link CellOutputs}) and a fresh {@code execution_count}
 * (1, 2, ... over the cells run; an empty cell is not run and gets none). Markdown and raw cells are
 * left as they are. An error does not stop the run: later cells run too, as a student would run them.
 *
 * <p>Magics: {@code %jars PATH...} adds jars to the class path, each path resolved against the
 * notebook's folder; a jar called {@value #OWN_JAR} is skipped, dynasim being on the class path
 * already. Any other magic is an error output naming it, and that cell's code is not run.
 *
 * <p>When a cell ends the Java process (System.exit, a crash, or code stopped after running too long),
 * its outputs end with the error and a note; a new process is started, the code of the cells run
 * before it replayed silently, and the run goes on with the next cell.
 */
public final class NotebookRunner {
    /** The jar a {@code %jars} line may name that is already on the class path. */
    public static final String OWN_JAR = "dynasim.jar";
    /** The name of an error in a magic line (an unsupported magic, a jar that is not there). */
    public static final String MAGIC_ERROR = "MagicError";
    /** The note added after a cell whose Java process ended. */
    static final String RESTARTED = "dynasim: the Java process was restarted, and the cells run before this one replayed"
            + " (without their outputs); the next cells run in it.";

    private final Supplier<JShellSession> sessions;
    private JShellSession session;
    private final List<Path> jars = new ArrayList<>();
    private final List<String> history = new ArrayList<>();

    /** What a run did: how many code cells ran, how many of them showed an error, and how many times the process was restarted. */
    public record Summary(int cellsRun, int cellsWithErrors, int restarts) {
    }

    private NotebookRunner(Supplier<JShellSession> sessions) {
        this.sessions = sessions;
    }

    /** Runs the code cells of {@code notebook} (in place) in sessions from {@code sessions}, resolving {@code %jars} against {@code folder}. */
    public static Summary run(ObjectNode notebook, Path folder, Supplier<JShellSession> sessions) {
        NotebookRunner runner = new NotebookRunner(sessions);
        try {
            return runner.runCells(notebook, folder);
        } finally {
            if (runner.session != null) runner.session.close();
        }
    }

    /** Runs the code cells of {@code notebook} (in place) in sessions with displays, stopping each snippet after {@code timeoutMillis}. */
    public static Summary run(ObjectNode notebook, Path folder, long timeoutMillis) {
        return run(notebook, folder, () -> JShellSession.withDisplays(timeoutMillis));
    }

    private Summary runCells(ObjectNode notebook, Path folder) {
        int count = 0;
        int errors = 0;
        int restarts = 0;
        for (JsonNode node : notebook.get("cells")) {
            ObjectNode cell = (ObjectNode) node;
            if (!cell.path("cell_type").asText().equals("code")) continue;
            String source = Cells.source(cell);
            if (source.isBlank()) {
                cell.putNull("execution_count");
                cell.putArray("outputs");
                continue;
            }
            cell.put("execution_count", ++count);
            CellOutputs outputs = new CellOutputs();
            CellCode code = CellCode.of(source);
            if (magicsFail(code, folder, outputs)) {
                errors++;
            } else if (!code.java().isEmpty()) {
                Evaluation result = session().evaluate(code.java(), true);
                outputs.add(result);
                if (result.failed()) errors++;
                if (result.processEnded()) {
                    restart();
                    restarts++;
                    outputs.note(RESTARTED + "\n");
                } else {
                    history.add(code.java());
                }
            }
            cell.set("outputs", outputs.toJson());
        }
        return new Summary(count, errors, restarts);
    }

    /** Applies the cell's magics; true (with error outputs) when one is unsupported or names a jar that is not there. */
    private boolean magicsFail(CellCode code, Path folder, CellOutputs outputs) {
        for (String magic : code.unsupported()) {
            String message = magic + " is not supported here: dynasim runs a notebook's Java with only the " + CellCode.JARS
                    + " magic; this cell was not run";
            outputs.error(MAGIC_ERROR, message, List.of("Error: " + message));
        }
        if (!code.unsupported().isEmpty()) return true;
        List<Path> found = new ArrayList<>();
        for (String jar : code.jars()) {
            Path path = folder.resolve(jar).normalize();
            if (path.getFileName() != null && path.getFileName().toString().equals(OWN_JAR)) continue;
            if (!Files.exists(path)) {
                String message = CellCode.JARS + ": there is no " + jar + " (resolved against the notebook's folder: " + path
                        + "); this cell was not run";
                outputs.error(MAGIC_ERROR, message, List.of("Error: " + message));
                return true;
            }
            found.add(path);
        }
        for (Path jar : found) {
            session().addToClasspath(jar);
            jars.add(jar);
        }
        return false;
    }

    private JShellSession session() {
        if (session == null) {
            session = sessions.get();
            for (Path jar : jars) session.addToClasspath(jar);
        }
        return session;
    }

    /** A new process with the class path so far and the cells run so far replayed. */
    private void restart() {
        session.close();
        session = null;
        for (String code : history) {
            if (session().evaluate(code, true).processEnded()) {
                session.close();
                session = null; // replaying ended it again: the next cells start afresh
                return;
            }
        }
    }
}
