package dev.dynasim.engine.model;

/** One key attribute: its name and scalar type. */
public record KeyElement(String name, ScalarType type) {
    @Override
    public String toString() {
        return name + ":" + type;
    }
}
