package dev.dynasim.engine.replication;

/** An Availability Zone, named by its zone id as AWS names them across accounts (e.g. {@code use1-az1}). */
public record AvailabilityZone(String id) {
    /** Checks the id. */
    public AvailabilityZone {
        if (id == null || id.isBlank()) throw new IllegalArgumentException("an Availability Zone needs an id");
    }

    @Override
    public String toString() {
        return id;
    }
}
