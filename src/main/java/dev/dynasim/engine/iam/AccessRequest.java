package dev.dynasim.engine.iam;

import java.util.List;
import java.util.Map;

/**
 * What is being authorised: the action (e.g. {@code dynamodb:Query}), the resource ARN (the table's,
 * or the index's for a Query or Scan on an index, I2) and the request's condition-key values (e.g.
 * {@code dynamodb:LeadingKeys} → the partition key values it touches).
 */
public record AccessRequest(String action, String resource, Map<String, List<String>> context) {
    /** Checks the fields and copies the context. */
    public AccessRequest {
        if (action == null || resource == null) throw new IllegalArgumentException("an access request needs an action and a resource");
        context = Map.copyOf(context);
    }
}
