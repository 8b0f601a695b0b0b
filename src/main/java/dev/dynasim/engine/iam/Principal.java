package dev.dynasim.engine.iam;

import java.util.List;

/**
 * Who makes a request: an IAM user or role by ARN, its user id (the value of {@code ${aws:userid}}),
 * its name ({@code ${aws:username}}) and its identity-based policies.
 */
public record Principal(String arn, String userId, String userName, List<Policy> policies) {
    /** Checks the fields and copies the policies. */
    public Principal {
        if (arn == null || arn.isBlank()) throw new IllegalArgumentException("a principal needs an ARN");
        policies = List.copyOf(policies);
    }
}
