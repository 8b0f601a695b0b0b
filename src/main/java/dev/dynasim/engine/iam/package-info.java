/**
 * IAM for DynamoDB (facts file, section 6.2): principals with identity policies in IAM's policy
 * language (Effect, Action with wildcards, Resource with table and index ARNs, Conditions such as
 * {@code ForAllValues:StringEquals} on {@code dynamodb:LeadingKeys}), evaluated the IAM way: implicit
 * deny, an applicable Allow grants, any applicable explicit Deny wins. Decisions are values; a denial's
 * message follows IAM's format (I5). Reading policies from JSON is the {@code json} package's job.
 */
package dev.dynasim.engine.iam;
