package dev.dynasim.engine.iam;

import java.util.List;
import java.util.Optional;

/**
 * A MongoDB database user: a name (dynasim needs no password: a user either exists or does not) and
 * the built-in roles granted to it. Roles only matter when the server runs with authorization
 * enabled.
 */
public record DatabaseUser(String name, List<MongoRole> roles) {
    /** Checks the name and copies the roles. */
    public DatabaseUser {
        if (name == null || name.isBlank()) throw new IllegalArgumentException("a database user needs a name");
        if (roles == null) throw new IllegalArgumentException("database user " + name + " needs a list of roles (it may be empty)");
        roles = List.copyOf(roles);
    }

    /** The user {@code name} with {@code roles}. */
    public static DatabaseUser of(String name, MongoRole... roles) {
        return new DatabaseUser(name, List.of(roles));
    }

    /** The first of this user's roles that allows {@code command} on {@code database}, if any. */
    public Optional<MongoRole> roleAllowing(MongoCommand command, String database) {
        return roles.stream().filter(r -> r.allows(command, database)).findFirst();
    }

    /** The name and roles, e.g. {@code analyst [{ role: "read", db: "shop" }]}. */
    @Override
    public String toString() {
        return name + " " + roles;
    }
}
