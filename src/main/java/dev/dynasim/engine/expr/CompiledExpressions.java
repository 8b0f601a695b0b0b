package dev.dynasim.engine.expr;

/** The compiled expressions of one request; a field is null when its expression was absent. */
public record CompiledExpressions(Condition condition, Condition filter, KeyCondition keyCondition,
                                  ProjectionPaths projection, Update update) {
}
