package dev.dynasim.engine.iam;

import java.util.List;

/** An identity-based policy: its ARN (named in explicit-deny messages) and its statements. */
public record Policy(String arn, List<Statement> statements) {
    /** Checks the fields and copies the list. */
    public Policy {
        if (arn == null || arn.isBlank()) throw new IllegalArgumentException("a policy needs an ARN");
        statements = List.copyOf(statements);
    }
}
