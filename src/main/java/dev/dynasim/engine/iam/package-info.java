/**
 * IAM for DynamoDB (facts file, section 6.2): principals with identity policies in IAM's policy
 * language (Effect, Action with wildcards, Resource with table and index ARNs, Conditions such as
 * {@code ForAllValues:StringEquals} on {@code dynamodb:LeadingKeys}), evaluated the IAM way: implicit
 * deny, an applicable Allow grants, any applicable explicit Deny wins. Decisions are values; a denial's
 * message follows IAM's format (I5). Reading policies from JSON is the {@code json} package's job.
 *
 * <p>The package also models the other side of the security contrast (facts M2): MongoDB's network
 * perimeter. A {@link dev.dynasim.engine.iam.MongoServer} listens on port 27017 behind a
 * {@link dev.dynasim.engine.iam.NetworkPerimeter} of {@link dev.dynasim.engine.iam.FirewallRule}s;
 * whoever the perimeter admits can connect, and with authorization disabled (the default) can read and
 * write every collection, while database users' roles apply only once authorization is enabled. Where
 * DynamoDB checks every request against the caller's policies, here one bad rule ({@code 0.0.0.0/0})
 * exposes everything. Connections and commands return {@link dev.dynasim.engine.iam.ConnectionDecision}
 * and {@link dev.dynasim.engine.iam.OperationDecision} values with MongoDB-like messages.
 */
package dev.dynasim.engine.iam;
