package dev.dynasim.engine.iam;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What is being authorised: the action (e.g. {@code dynamodb:Query}), the resource ARN (the table's,
 * or the index's for a Query or Scan on an index, I2) and the request's condition-key values (e.g.
 * {@code dynamodb:LeadingKeys} → the partition key values it touches). Context key names are
 * case-insensitive, as in IAM: {@code dynamodb:leadingkeys} names the same key.
 */
public record AccessRequest(String action, String resource, Map<String, List<String>> context) {
    /** Checks the fields and copies the context; two keys that differ only in case are rejected. */
    public AccessRequest {
        if (action == null || resource == null) throw new IllegalArgumentException("an access request needs an action and a resource");
        Map<String, List<String>> copy = new LinkedHashMap<>();
        if (context != null) {
            for (Map.Entry<String, List<String>> e : context.entrySet()) {
                if (e.getKey() == null) throw new IllegalArgumentException("an access request's context keys must not be null");
                for (String seen : copy.keySet()) {
                    if (seen.equalsIgnoreCase(e.getKey())) {
                        throw new IllegalArgumentException("context keys are case-insensitive: " + seen + " and " + e.getKey()
                                + " name the same key; give it once");
                    }
                }
                copy.put(e.getKey(), e.getValue() == null ? List.of() : List.copyOf(e.getValue()));
            }
        }
        context = Map.copyOf(copy);
    }

    /** The request's values for the condition key {@code key}, matched case-insensitively (empty when absent). */
    public List<String> values(String key) {
        return lookup(context, key);
    }

    /** The values of {@code key} in {@code context}, matched case-insensitively (empty when absent). */
    static List<String> lookup(Map<String, List<String>> context, String key) {
        List<String> exact = context.get(key);
        if (exact != null) return exact;
        for (Map.Entry<String, List<String>> e : context.entrySet()) {
            if (e.getKey().equalsIgnoreCase(key)) return e.getValue() == null ? List.of() : e.getValue();
        }
        return List.of();
    }
}
