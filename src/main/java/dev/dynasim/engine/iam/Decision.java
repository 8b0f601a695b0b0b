package dev.dynasim.engine.iam;

/**
 * The outcome of evaluating a request: allowed, or denied implicitly (no Allow applies) or explicitly
 * (a Deny applies; {@code denyingPolicy} names its policy).
 */
public record Decision(boolean allowed, boolean explicitDeny, String denyingPolicy) {
    /** Allowed by an applicable Allow and no Deny. */
    public static final Decision ALLOW = new Decision(true, false, null);
    /** Denied because no statement allows it. */
    public static final Decision IMPLICIT_DENY = new Decision(false, false, null);

    /** Denied by an explicit Deny in {@code policyArn}. */
    public static Decision explicitDeny(String policyArn) {
        return new Decision(false, true, policyArn);
    }

    /** IAM's denial message for this decision (facts I5). */
    public String message(Principal principal, AccessRequest request) {
        String head = "User: " + principal.arn() + " is not authorized to perform: " + request.action() + " on resource: "
                + request.resource();
        return explicitDeny ? head + " with an explicit deny in an identity-based policy: " + denyingPolicy
                : head + " because no identity-based policy allows the " + request.action() + " action";
    }
}
