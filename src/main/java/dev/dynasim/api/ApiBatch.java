package dev.dynasim.api;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.dynasim.engine.model.DynamoDbException;
import dev.dynasim.engine.table.Database;

import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;

/**
 * Runs a JSON Lines batch of wire calls against one fresh {@link Database}: each input line
 * {@code {"operation": "PutItem", "request": {...}}} gets one output line {@code {"response": {...}}}
 * or {@code {"error": {"__type": ..., "message": ..., ...}}}, in order; blank lines are skipped. A line
 * may name the IAM principal it is made as, {@code "principal": "arn:aws:iam::...:user/alice"}, one
 * defined earlier with the admin operation DynasimPutPrincipal; without one a call is not authorised,
 * as in DynamoDB Local.
 */
public final class ApiBatch {
    private ApiBatch() {
    }

    /** Reads calls from {@code in} (UTF-8) and writes one answer line per call to {@code out}, one tick apart. */
    public static void run(InputStream in, OutputStream out) {
        run(in, out, ApiHandler.DEFAULT_SPACING_MILLIS);
    }

    /**
     * Reads calls from {@code in} (UTF-8) and writes one answer line per call to {@code out},
     * flushing each; simulated time advances {@code spacingMillis} before each call (0 freezes it).
     */
    public static void run(InputStream in, OutputStream out, long spacingMillis) {
        run(ApiHandler.ticking(spacingMillis), in, out);
    }

    /** Reads calls from {@code in} (UTF-8) and writes one answer line per call to {@code out}, through {@code handler}. */
    public static void run(ApiHandler handler, InputStream in, OutputStream out) {
        BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8), 1 << 16);
        Writer writer = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), 1 << 16);
        try {
            String line;
            int number = 0;
            while ((line = reader.readLine()) != null) {
                number++;
                if (line.isBlank()) continue;
                writer.write(WireJson.writeUtf8Safe(answer(handler, line, number)));
                writer.write('\n');
                writer.flush();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The answer line for one input line. */
    static ObjectNode answer(ApiHandler handler, String line, int number) {
        JsonNode call;
        try {
            call = WireJson.mapper().readTree(line);
        } catch (JsonProcessingException e) {
            return error(WireErrors.serialization("Line " + number + " is not valid JSON: " + e.getOriginalMessage()));
        }
        JsonNode operation = call == null ? null : call.get("operation");
        JsonNode request = call == null ? null : call.get("request");
        if (operation == null || !operation.isTextual() || request == null || !request.isObject()) {
            return error(WireErrors.serialization("Line " + number
                    + " must be a JSON object with a string \"operation\" and an object \"request\""));
        }
        JsonNode principal = call.get("principal");
        if (principal != null && !principal.isTextual()) {
            return error(WireErrors.serialization("Line " + number + ": \"principal\" must be a principal's ARN as a string"));
        }
        return handler.answer(operation.textValue(), request, principal == null ? null : principal.textValue());
    }

    private static ObjectNode error(DynamoDbException e) {
        ObjectNode node = WireJson.object();
        node.set("error", WireErrors.body(e));
        return node;
    }
}
