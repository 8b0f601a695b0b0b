package dev.dynasim.engine.model;

/** The types a key attribute may have: S, N or B (F1.9). */
public enum ScalarType {
    S, N, B;

    /** True when the value is of this type. */
    public boolean matches(AttributeValue value) {
        return value.type().equals(name());
    }
}
