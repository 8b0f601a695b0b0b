package dev.dynasim.engine.expr;

import java.util.List;

/** A key-condition expression as its ANDed terms (one or two), in the order written. */
public record KeyCondition(List<KeyTerm> terms) {
    public KeyCondition {
        terms = List.copyOf(terms);
    }
}
