package dev.dynasim.json;

import com.fasterxml.jackson.databind.JsonNode;
import dev.dynasim.engine.sim.Scenario;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Reads scenario files (JSON, format in docs/scenarios.md): from a path, from the scenarios shipped
 * in {@code src/main/resources/scenarios/}, or from text. Every problem is a
 * {@link ScenarioFileException} whose message names the file, the field and the problem.
 */
public final class ScenarioFiles {
    /** The names of the shipped scenarios, runnable by name. */
    public static final List<String> SHIPPED = List.of("hot-key", "write-sharding", "growing-table", "on-demand-spike", "daily-peak",
            "burst-and-adaptive", "az-loss", "two-az-loss", "slow-replica", "strong-vs-eventual", "least-privilege");
    private static final String RESOURCE_DIR = "/scenarios/";

    private ScenarioFiles() {
    }

    /** Reads the scenario file at {@code path}; it is named after the file unless it names itself. */
    public static Scenario read(Path path) {
        String source = path.getFileName() == null ? path.toString() : path.getFileName().toString();
        String text = JsonSources.file(path);
        return parse(text, source, stripJson(source));
    }

    /** Reads the shipped scenario {@code name} (e.g. "hot-key"). */
    public static Scenario readResource(String name) {
        String file = name.endsWith(".json") ? name : name + ".json";
        String text = JsonSources.resource(RESOURCE_DIR + file,
                () -> "no shipped scenario named \"" + name + "\"; shipped: " + String.join(", ", SHIPPED));
        return parse(text, file, stripJson(file));
    }

    /** A scenario by path when {@code fileOrName} is an existing file, else by the name of a shipped one. */
    public static Scenario resolve(String fileOrName) {
        Path path = Path.of(fileOrName);
        if (Files.isRegularFile(path)) return read(path);
        if (fileOrName.contains("/") || fileOrName.contains("\\") || (fileOrName.endsWith(".json") && !SHIPPED.contains(stripJson(fileOrName)))) {
            throw new ScenarioFileException(fileOrName + ": no such file; shipped scenarios: " + String.join(", ", SHIPPED));
        }
        return readResource(fileOrName);
    }

    /** Parses scenario JSON {@code text}; {@code source} names it in messages, {@code defaultName} names the scenario. */
    public static Scenario parse(String text, String source, String defaultName) {
        JsonNode root = JsonSources.tree(text, source);
        return ScenarioReader.read(source, root, defaultName);
    }

    private static String stripJson(String name) {
        return name.endsWith(".json") ? name.substring(0, name.length() - ".json".length()) : name;
    }
}
