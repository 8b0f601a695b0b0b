package dev.dynasim.engine.model;

import java.util.List;

/** An index projection: its type and, for INCLUDE, the non-key attributes it copies. */
public record Projection(ProjectionType type, List<String> nonKeyAttributes) {
    public Projection {
        nonKeyAttributes = nonKeyAttributes == null ? List.of() : List.copyOf(nonKeyAttributes);
    }

    /** Projects all attributes. */
    public static Projection all() {
        return new Projection(ProjectionType.ALL, List.of());
    }

    /** Projects the table and index keys only. */
    public static Projection keysOnly() {
        return new Projection(ProjectionType.KEYS_ONLY, List.of());
    }

    /** Projects the keys and the named attributes. */
    public static Projection include(String... attributes) {
        return new Projection(ProjectionType.INCLUDE, List.of(attributes));
    }
}
