package dev.dynasim.json;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Supplier;

/** Reading the JSON files dynasim ships and users write: the text of a file or resource, and its tree, every failure a ScenarioFileException. */
final class JsonSources {
    /** A key given twice in one object is an error, not a silent overwrite. */
    private static final ObjectMapper MAPPER = new ObjectMapper().enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION);

    private JsonSources() {
    }

    /** The UTF-8 text of the file at {@code path}. */
    static String file(Path path) {
        try {
            return Files.readString(path, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new ScenarioFileException(path + ": cannot read the file (" + e.getClass().getSimpleName()
                    + (e.getMessage() == null ? "" : ": " + e.getMessage()) + ")");
        }
    }

    /** The UTF-8 text of the class-path resource {@code resource}; {@code missing} says what to do when there is none. */
    static String resource(String resource, Supplier<String> missing) {
        try (InputStream in = JsonSources.class.getResourceAsStream(resource)) {
            if (in == null) throw new ScenarioFileException(missing.get());
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new ScenarioFileException(resource + ": cannot read the shipped file: " + e.getMessage());
        }
    }

    /** The JSON tree of {@code text}; {@code source} names it in messages (with the line and column of a syntax error). */
    static JsonNode tree(String text, String source) {
        JsonNode root;
        try {
            root = MAPPER.readTree(text);
        } catch (JsonParseException e) {
            throw new ScenarioFileException(source + ": line " + e.getLocation().getLineNr() + ", column "
                    + e.getLocation().getColumnNr() + ": not valid JSON: " + e.getOriginalMessage());
        } catch (JsonProcessingException e) {
            throw new ScenarioFileException(source + ": not valid JSON: " + e.getOriginalMessage());
        }
        if (root == null || root.isMissingNode()) throw new ScenarioFileException(source + ": the file is empty");
        return root;
    }
}
