package dev.dynasim.engine.expr;

/** The five kinds of expression, by the request parameter that carries them. */
enum ExpressionKind {
    UPDATE("UpdateExpression"),
    CONDITION("ConditionExpression"),
    KEY_CONDITION("KeyConditionExpression"),
    FILTER("FilterExpression"),
    PROJECTION("ProjectionExpression");

    private final String parameter;

    ExpressionKind(String parameter) {
        this.parameter = parameter;
    }

    /** The prefix of this kind's validation messages, e.g. {@code "Invalid UpdateExpression: "}. */
    String prefix() {
        return "Invalid " + parameter + ": ";
    }
}
