package dev.dynasim.engine.expr;

import java.util.EnumMap;
import java.util.Map;

/** The first message of each {@link Problem} found while compiling one expression. */
final class Diagnostics {
    private final Map<Problem, String> first = new EnumMap<>(Problem.class);

    /** Records a problem unless one of its kind was already recorded. */
    void report(Problem problem, String message) {
        first.putIfAbsent(problem, message);
    }

    /** The message of the first problem in the given priority order, or null when none was found. */
    String firstOf(Problem... order) {
        if (first.isEmpty()) {
            return null;
        }
        for (Problem problem : order) {
            String message = first.get(problem);
            if (message != null) {
                return message;
            }
        }
        return null;
    }
}
