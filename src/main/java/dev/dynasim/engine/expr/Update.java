package dev.dynasim.engine.expr;

import dev.dynasim.engine.model.AttributeValue;
import java.util.Map;
import java.util.Set;

/** A compiled update expression. */
public interface Update {

    /** The item after the update (the input is untouched); throws ValidationException as DynamoDB does. */
    Map<String, AttributeValue> apply(Map<String, AttributeValue> item);

    /** The top-level attributes the update writes (to reject key-attribute updates). */
    Set<String> topLevelNames();

    /** The attributes SET, REMOVE, ADD and DELETE touched, for ReturnValues UPDATED_OLD and UPDATED_NEW. */
    ProjectionPaths updatedPaths();
}
