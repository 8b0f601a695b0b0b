package dev.dynasim.cli;

import dev.dynasim.api.ApiBatch;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;

/** {@code dynasim api}: DynamoDB's JSON protocol over JSON Lines, standard input to standard output. */
@Command(name = "api", mixinStandardHelpOptions = true,
        description = {"DynamoDB's JSON protocol: JSON Lines requests in, one answer line each out.",
                "",
                "Reads one request per line from standard input,",
                "  {\"operation\": \"PutItem\", \"request\": {...wire body...}}",
                "runs them in order against one fresh in-memory database and writes one",
                "answer per line to standard output:",
                "  {\"response\": {...}} or {\"error\": {\"__type\": \"...\", \"message\": \"...\"}}"})
public final class ApiCommand implements Callable<Integer> {

    @Override
    public Integer call() {
        ApiBatch.run(System.in, System.out);
        return 0;
    }
}
