package dev.dynasim.engine.iam;

/** The MongoDB commands the perimeter contrast models: one read and three writes, named as on the wire. */
public enum MongoCommand {
    /** Reads documents of a collection. */
    FIND("find", false),
    /** Adds documents to a collection. */
    INSERT("insert", true),
    /** Changes documents of a collection. */
    UPDATE("update", true),
    /** Removes documents from a collection. */
    DELETE("delete", true);

    private final String wireName;
    private final boolean writes;

    MongoCommand(String wireName, boolean writes) {
        this.wireName = wireName;
        this.writes = writes;
    }

    /** The command named {@code name} (e.g. "find"); fails with the list of modelled commands otherwise. */
    public static MongoCommand named(String name) {
        for (MongoCommand c : values()) if (c.wireName.equalsIgnoreCase(name)) return c;
        throw new IllegalArgumentException("unsupported command \"" + name + "\"; dynasim models find, insert, update and delete");
    }

    /** The name as on the wire, e.g. {@code find}. */
    public String wireName() {
        return wireName;
    }

    /** Whether the command changes data (so a {@code read} role does not allow it). */
    public boolean writes() {
        return writes;
    }

    /** The wire name. */
    @Override
    public String toString() {
        return wireName;
    }
}
