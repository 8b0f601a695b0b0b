package dev.dynasim.grading;

import dev.dynasim.engine.iam.Principal;
import dev.dynasim.engine.model.DynamoDbException;
import dev.dynasim.engine.table.Database;
import dev.dynasim.shell.Shell;
import java.util.function.Supplier;

/** For probes: a call tried as a user, and what came of it, as text ({@code allowed}, or DynamoDB's error). */
public final class Attempt {
    private Attempt() {
    }

    /** Makes {@code call} as {@code user} (then goes back to the caller before): {@code "allowed"}, or e.g. {@code "AccessDeniedException: ..."}. */
    public static String as(Principal user, Supplier<?> call) {
        Database db = Shell.database();
        Principal before = db.caller();
        try {
            db.callAs(user);
            call.get();
            return "allowed";
        } catch (DynamoDbException e) {
            return e.code() + ": " + e.getMessage();
        } finally {
            db.callAs(before);
        }
    }
}
