package dev.dynasim.engine.expr;

import dev.dynasim.engine.model.AttributeValue;

/** One action of an update expression. */
sealed interface UpdateAction {

    /** The document path the action writes. */
    Path path();

    /** {@code SET path = value}. */
    record Set(Path path, Operand value) implements UpdateAction {
    }

    /** {@code REMOVE path}. */
    record Remove(Path path) implements UpdateAction {
    }

    /** {@code ADD path :value}: number addition or set union. */
    record Add(Path path, AttributeValue value) implements UpdateAction {
    }

    /** {@code DELETE path :set}: set difference. */
    record Delete(Path path, AttributeValue value) implements UpdateAction {
    }
}
