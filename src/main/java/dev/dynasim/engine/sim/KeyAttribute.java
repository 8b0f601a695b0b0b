package dev.dynasim.engine.sim;

import dev.dynasim.engine.model.ScalarType;

/** A key attribute of a scenario's table or GSI: its name and scalar type (S, N or B). */
public record KeyAttribute(String name, ScalarType type) {

    /** Checks the fields. */
    public KeyAttribute {
        if (name == null || name.isEmpty()) throw new IllegalArgumentException("key attribute name is required");
        if (type == null) throw new IllegalArgumentException("key attribute type is required");
    }
}
