package dev.dynasim.engine.iam;

import java.util.List;

/**
 * A MongoDB built-in role granted to a database user: {@code read} or {@code readWrite} on one
 * database, or {@code readAnyDatabase} or {@code root}, which MongoDB defines on the {@code admin}
 * database. {@code readAnyDatabase} reads every database except {@code local} and {@code config};
 * {@code root} may do everything.
 */
public record MongoRole(String role, String db) {
    private static final List<String> ROLES = List.of("read", "readWrite", "readAnyDatabase", "root");

    /** Checks the role name and its database ({@code admin} for the any-database roles, filled in when null). */
    public MongoRole {
        if (!ROLES.contains(role)) {
            throw new IllegalArgumentException("unsupported role \"" + role + "\"; dynasim models " + String.join(", ", ROLES));
        }
        if (anyDatabase(role)) {
            if (db == null) db = "admin";
            if (!db.equals("admin")) {
                throw new IllegalArgumentException(role + " is defined on the admin database: { role: \"" + role
                        + "\", db: \"admin\" }, not db \"" + db + "\"");
            }
        } else if (db == null || db.isBlank()) {
            throw new IllegalArgumentException(role + " is granted on one database: name it, e.g. { role: \"" + role
                    + "\", db: \"shop\" }");
        }
    }

    /** Read-only access to the collections of {@code db}. */
    public static MongoRole read(String db) {
        return new MongoRole("read", db);
    }

    /** Read and write access to the collections of {@code db}. */
    public static MongoRole readWrite(String db) {
        return new MongoRole("readWrite", db);
    }

    /** Read-only access to every database except local and config. */
    public static MongoRole readAnyDatabase() {
        return new MongoRole("readAnyDatabase", "admin");
    }

    /** Every privilege on every database. */
    public static MongoRole root() {
        return new MongoRole("root", "admin");
    }

    /** Whether this role lets its holder run {@code command} on a collection of {@code database}. */
    public boolean allows(MongoCommand command, String database) {
        return switch (role) {
            case "root" -> true;
            case "readAnyDatabase" -> !command.writes() && !database.equals("local") && !database.equals("config");
            case "readWrite" -> db.equals(database);
            default -> !command.writes() && db.equals(database);
        };
    }

    /** The role as MongoDB shows it, e.g. {@code { role: "read", db: "shop" }}. */
    @Override
    public String toString() {
        return "{ role: \"" + role + "\", db: \"" + db + "\" }";
    }

    private static boolean anyDatabase(String role) {
        return role.equals("readAnyDatabase") || role.equals("root");
    }
}
