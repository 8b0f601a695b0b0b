package dev.dynasim.engine.iam;

import java.util.List;

/**
 * One condition of a statement: an operator ({@code StringEquals}, {@code StringLike}, and their
 * {@code ForAllValues:} and {@code ForAnyValue:} set forms), a condition key (e.g.
 * {@code dynamodb:LeadingKeys}) and the values it is compared with (policy variables such as
 * {@code ${aws:userid}} allowed).
 */
public record Condition(String operator, String key, List<String> values) {
    /** Checks the fields and copies the values. */
    public Condition {
        if (operator == null || key == null) throw new IllegalArgumentException("a condition needs an operator and a key");
        values = List.copyOf(values);
    }
}
