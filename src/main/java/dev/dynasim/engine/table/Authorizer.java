package dev.dynasim.engine.table;

import dev.dynasim.engine.iam.AccessRequest;
import dev.dynasim.engine.iam.Decision;
import dev.dynasim.engine.iam.PolicyEvaluator;
import dev.dynasim.engine.iam.Principal;
import dev.dynasim.engine.model.AttributeValue;
import dev.dynasim.engine.model.DynamoDbException;
import dev.dynasim.engine.model.ErrorCode;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Authorises calls made as an IAM principal, the way DynamoDB authorises every request (I1-I5): the
 * action {@code dynamodb:<ApiName>}, the table's ARN (the index's for a Query or Scan on an index,
 * I2), and the fine-grained condition keys {@code dynamodb:LeadingKeys} (the partition key values the
 * request touches), {@code dynamodb:Attributes} (the attribute names it reads or writes, when it names
 * them), {@code dynamodb:Select} and {@code dynamodb:ReturnValues} (I3). A denial is
 * AccessDeniedException with IAM's message (I5). With no caller, as in DynamoDB Local, everything is allowed.
 */
final class Authorizer {
    private Principal caller;

    /** The principal calls are made as, or null. */
    Principal caller() {
        return caller;
    }

    /** Makes calls as {@code principal} (null: unauthenticated, everything allowed); returns the previous caller. */
    Principal callAs(Principal principal) {
        Principal previous = caller;
        caller = principal;
        return previous;
    }

    /** Throws AccessDeniedException unless the caller may perform {@code action} with this context. */
    void check(String action, String resourceArn, Collection<AttributeValue> leadingKeys, Collection<String> attributes,
               String select, String returnValues) {
        if (caller == null) return;
        Map<String, List<String>> context = new LinkedHashMap<>();
        if (leadingKeys != null && !leadingKeys.isEmpty()) {
            Set<String> keys = new LinkedHashSet<>();
            for (AttributeValue v : leadingKeys) keys.add(text(v));
            context.put("dynamodb:LeadingKeys", new ArrayList<>(keys));
        }
        if (attributes != null && !attributes.isEmpty()) context.put("dynamodb:Attributes", new ArrayList<>(new LinkedHashSet<>(attributes)));
        if (select != null) context.put("dynamodb:Select", List.of(select));
        if (returnValues != null) context.put("dynamodb:ReturnValues", List.of(returnValues));
        AccessRequest request = new AccessRequest("dynamodb:" + action, resourceArn, context);
        require(PolicyEvaluator.evaluate(caller, request), request);
    }

    /**
     * Throws AccessDeniedException when no request for {@code action} on {@code resourceArn} could be
     * allowed whatever its condition keys ({@link PolicyEvaluator#precheck}): run before the table is
     * looked up or the request validated against it, so that a denied caller learns nothing about it.
     */
    void precheck(String action, String resourceArn) {
        if (caller == null) return;
        AccessRequest request = new AccessRequest("dynamodb:" + action, resourceArn, Map.of());
        require(PolicyEvaluator.precheck(caller, request), request);
    }

    /** Throws AccessDeniedException with IAM's message unless {@code decision} allows {@code request}. */
    private void require(Decision decision, AccessRequest request) {
        if (!decision.allowed()) throw new DynamoDbException(ErrorCode.AccessDeniedException, decision.message(caller, request));
    }

    /** A key value as IAM compares it: a string's text, a number's digits, a binary's base64. */
    private static String text(AttributeValue v) {
        if (v instanceof AttributeValue.S s) return s.value();
        if (v instanceof AttributeValue.N n) return n.value().toPlainString();
        if (v instanceof AttributeValue.B b) return Base64.getEncoder().encodeToString(b.value());
        return v.toString();
    }
}
