package dev.dynasim.cli;

import dev.dynasim.engine.model.DynamoDbException;
import picocli.CommandLine;
import picocli.CommandLine.IExecutionExceptionHandler;
import picocli.CommandLine.ParseResult;

/** Turns an exception thrown by a command into one line on standard error, without a stack trace. */
final class MessageOnlyErrorHandler implements IExecutionExceptionHandler {

    /** Prints {@code Error: ...} and answers the command's exit code for failed executions (1). */
    @Override
    public int handleExecutionException(Exception ex, CommandLine commandLine, ParseResult parseResult) {
        commandLine.getErr().println(commandLine.getColorScheme().errorText("Error: " + describe(ex)));
        commandLine.getErr().flush();
        return commandLine.getExitCodeExceptionMapper() != null
                ? commandLine.getExitCodeExceptionMapper().getExitCode(ex)
                : commandLine.getCommandSpec().exitCodeOnExecutionException();
    }

    /** The text shown for an exception: DynamoDB's name and message, or the message, or the type. */
    static String describe(Throwable ex) {
        if (ex instanceof DynamoDbException dynamoDb) {
            return dynamoDb.code() + ": " + dynamoDb.getMessage();
        }
        String message = ex.getMessage();
        return message == null || message.isBlank() ? ex.getClass().getSimpleName() : message;
    }
}
