package dev.dynasim.api;

import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;

class ApiBatchTest {
    private static String run(String input) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ApiBatch.run(new ByteArrayInputStream(input.getBytes(StandardCharsets.UTF_8)), out);
        return out.toString(StandardCharsets.UTF_8);
    }

    @Test
    void run_lines_answersOneLineEachInOrder() {
        String out = run("{\"operation\":\"DescribeLimits\",\"request\":{}}\n"
                + "{\"operation\":\"DescribeEndpoints\",\"request\":{}}\n");
        assertThat(out).isEqualTo("{\"response\":{\"AccountMaxReadCapacityUnits\":80000,\"AccountMaxWriteCapacityUnits\":80000,"
                + "\"TableMaxReadCapacityUnits\":40000,\"TableMaxWriteCapacityUnits\":40000}}\n"
                + "{\"error\":{\"__type\":\"com.amazonaws.dynamodb.v20120810#UnknownOperationException\","
                + "\"message\":\"An unknown operation was requested.\"}}\n");
    }

    @Test
    void run_blankLines_areSkipped() {
        String out = run("\n  \n{\"operation\":\"DescribeLimits\",\"request\":{}}\n\n");
        assertThat(out.split("\n", -1)).hasSize(2);
    }

    @Test
    void run_invalidJson_answersSerializationErrorAndGoesOn() {
        String out = run("{not json\n{\"operation\":\"DescribeLimits\",\"request\":{}}\n");
        String[] lines = out.split("\n");
        assertThat(lines).hasSize(2);
        assertThat(lines[0]).startsWith("{\"error\":{\"__type\":\"com.amazon.coral.service#SerializationException\","
                + "\"message\":\"Line 1 is not valid JSON: ");
        assertThat(lines[1]).startsWith("{\"response\":");
    }

    @Test
    void run_missingOperationOrRequest_answersSerializationError() {
        String out = run("{\"request\":{}}\n{\"operation\":\"PutItem\"}\n[1,2]\n");
        assertThat(out).isEqualTo(("{\"error\":{\"__type\":\"com.amazon.coral.service#SerializationException\",\"message\":"
                + "\"Line N must be a JSON object with a string \\\"operation\\\" and an object \\\"request\\\"\"}}\n")
                .repeat(3).replaceFirst("Line N", "Line 1").replaceFirst("Line N", "Line 2").replaceFirst("Line N", "Line 3"));
    }

    @Test
    void run_nonAsciiText_isUtf8InAndOut() {
        String out = run("{\"operation\":\"PutItem\",\"request\":{\"TableName\":\"t\",\"Item\":{\"a\":{\"S\":\"x\"}},"
                + "\"ReturnValues\":\"\u20ac\"}}\n");
        assertThat(out).contains("Value '\u20ac' at 'returnValues'");
    }

    @Test
    void run_loneSurrogateInAnswer_isWrittenAsEscape() {
        String out = run("{\"operation\":\"PutItem\",\"request\":{\"TableName\":\"t\",\"Item\":{},"
                + "\"ReturnValues\":\"\\ud800\"}}\n");
        assertThat(out).contains("Value '\\uD800' at 'returnValues'");
    }
}
