package dev.dynasim.engine.iam;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Evaluates a principal's identity-based policies for one request, the IAM way (I4): everything is
 * implicitly denied; a statement whose action, resource and conditions all match applies; any
 * applicable Deny wins over every Allow; the order of policies and statements does not matter.
 * Actions match case-insensitively, resources case-sensitively, both with {@code *} and {@code ?}
 * wildcards. Condition keys are case-insensitive; condition values are compared case-sensitively.
 * The request context is completed with the principal's global keys {@code aws:userid},
 * {@code aws:username} and {@code aws:PrincipalArn} when it does not give them. Policy variables
 * ({@code ${aws:userid}}, {@code ${aws:username}}, {@code ${aws:PrincipalArn}}, or any single-valued
 * key of the request, with an optional default as in {@code ${aws:username, 'anonymous'}}) are
 * replaced in resources and condition values; a variable with no value makes its resource or value
 * match nothing, as IAM does for a key missing from the request.
 */
public final class PolicyEvaluator {
    private PolicyEvaluator() {
    }

    /** The decision for {@code request} made by {@code principal}. */
    public static Decision evaluate(Principal principal, AccessRequest request) {
        boolean allowed = false;
        for (Policy policy : principal.policies()) {
            for (Statement s : policy.statements()) {
                if (!applies(s, principal, request)) continue;
                if (s.effect() == Effect.DENY) return Decision.explicitDeny(policy.arn());
                allowed = true;
            }
        }
        return allowed ? Decision.ALLOW : Decision.IMPLICIT_DENY;
    }

    /**
     * The decision IAM must reach whatever the request's condition keys turn out to be: an explicit
     * deny when a Deny applies to the action and resource whose conditions (if any) are all on the
     * caller ({@code aws:username}, {@code aws:userid}, {@code aws:PrincipalArn}) and hold; an implicit
     * deny when no Allow could apply (its conditions on the caller failing, those on the request
     * assumed to hold); otherwise allowed for now, the rest to be evaluated once the request is known. DynamoDB authorises before it looks at the
     * table, so a caller with no right to a table learns nothing about it (not even whether it exists).
     */
    public static Decision precheck(Principal principal, AccessRequest request) {
        boolean mayAllow = false;
        for (Policy policy : principal.policies()) {
            for (Statement s : policy.statements()) {
                if (!actionAndResourceMatch(s, principal, request, s.effect() == Effect.ALLOW)) continue;
                // conditions on who the caller is can be decided now; those on the request (dynamodb:...) cannot
                boolean allDecided = true;
                boolean anyFails = false;
                for (Condition c : s.conditions()) {
                    if (!decidableWithoutRequest(c, principal)) allDecided = false;
                    else if (!holds(c, principal, Map.of())) anyFails = true;
                }
                if (anyFails) continue;
                if (s.effect() == Effect.DENY) {
                    if (allDecided) return Decision.explicitDeny(policy.arn());
                } else {
                    mayAllow = true;
                }
            }
        }
        return mayAllow ? Decision.ALLOW : Decision.IMPLICIT_DENY;
    }

    /** Whether a condition depends only on the caller (its key and every variable in its values are the principal's own keys). */
    private static boolean decidableWithoutRequest(Condition c, Principal principal) {
        if (globalKey(c.key(), principal) == null && !c.key().equalsIgnoreCase("aws:userid") && !c.key().equalsIgnoreCase("aws:username")
                && !c.key().equalsIgnoreCase("aws:PrincipalArn")) {
            return false;
        }
        for (String v : c.values()) if (substitute(v, principal, Map.of()) == null) return false;
        return true;
    }

    private static boolean applies(Statement s, Principal principal, AccessRequest request) {
        if (!actionAndResourceMatch(s, principal, request, false)) return false;
        for (Condition c : s.conditions()) if (!holds(c, principal, request.context())) return false;
        return true;
    }

    /** Whether a statement's action and resource match; {@code unknownMatches}: a resource whose variables have no value yet matches. */
    private static boolean actionAndResourceMatch(Statement s, Principal principal, AccessRequest request, boolean unknownMatches) {
        boolean action = false;
        for (String a : s.actions()) action |= matches(a.toLowerCase(Locale.ROOT), request.action().toLowerCase(Locale.ROOT));
        if (!action) return false;
        boolean resource = false;
        for (String r : s.resources()) {
            String pattern = substitute(r, principal, request.context());
            resource |= pattern == null ? unknownMatches : matches(pattern, request.resource());
        }
        return resource;
    }

    /**
     * Whether a condition holds for a request context. {@code Null} holds when "true" and the key is
     * absent (no value), or "false" and it is present. For the string operators, a request value
     * matches when it equals (or, for the Like forms, matches the pattern of) one of the condition's
     * values. Without a modifier the key is read as single-valued: the positive operators hold when a
     * request value matches, so never for a missing key; a negated operator holds exactly when its
     * positive form does not, so always for a missing key. {@code ForAllValues:} holds when every
     * request value matches (a negated operator: matches none of the condition's values), which is
     * true when the key is missing; {@code ForAnyValue:} when at least one does, which is false when
     * the key is missing.
     */
    static boolean holds(Condition c, Principal principal, Map<String, List<String>> context) {
        ConditionOperator op = c.parsedOperator();
        List<String> actual = contextValues(c.key(), principal, context);
        if (op.base() == ConditionOperator.Base.NULL) {
            for (String v : c.values()) if (v.equalsIgnoreCase("true") == actual.isEmpty()) return true;
            return false;
        }
        List<String> expected = new ArrayList<>();
        for (String v : c.values()) {
            String resolved = substitute(v, principal, context);
            if (resolved != null) expected.add(resolved);
        }
        boolean wildcards = op.base().wildcards();
        boolean negated = op.base().negated();
        switch (op.modifier()) {
            case FOR_ALL_VALUES -> {
                for (String v : actual) if (matchesAny(expected, v, wildcards) == negated) return false;
                return true;
            }
            case FOR_ANY_VALUE -> {
                for (String v : actual) if (matchesAny(expected, v, wildcards) != negated) return true;
                return false;
            }
            default -> {
                boolean positive = false;
                for (String v : actual) positive |= matchesAny(expected, v, wildcards);
                return positive != negated;
            }
        }
    }

    private static boolean matchesAny(List<String> expected, String actual, boolean wildcards) {
        for (String e : expected) if (wildcards ? matches(e, actual) : e.equals(actual)) return true;
        return false;
    }

    /** The request's values for {@code key}, falling back on the principal's global keys. */
    private static List<String> contextValues(String key, Principal principal, Map<String, List<String>> context) {
        List<String> given = AccessRequest.lookup(context, key);
        if (!given.isEmpty()) return given;
        String global = globalKey(key, principal);
        return global == null ? List.of() : List.of(global);
    }

    private static String globalKey(String key, Principal principal) {
        if (key.equalsIgnoreCase("aws:userid")) return principal.userId();
        if (key.equalsIgnoreCase("aws:username")) return principal.userName();
        if (key.equalsIgnoreCase("aws:PrincipalArn")) return principal.arn();
        return null;
    }

    /** {@code text} with its policy variables replaced, or null when one of them has no value. */
    static String substitute(String text, Principal principal, Map<String, List<String>> context) {
        if (!text.contains("${")) return text;
        StringBuilder out = new StringBuilder();
        int from = 0;
        while (true) {
            int start = text.indexOf("${", from);
            int end = start < 0 ? -1 : text.indexOf('}', start);
            if (start < 0 || end < 0) return out.append(text, from, text.length()).toString();
            out.append(text, from, start);
            String value = variable(text.substring(start + 2, end), principal, context);
            if (value == null) return null;
            out.append(value);
            from = end + 1;
        }
    }

    private static String variable(String body, Principal principal, Map<String, List<String>> context) {
        int comma = body.indexOf(',');
        String name = (comma < 0 ? body : body.substring(0, comma)).trim();
        List<String> values = contextValues(name, principal, context);
        if (values.size() == 1) return values.get(0);
        if (comma < 0) return null;
        String fallback = body.substring(comma + 1).trim();
        return fallback.length() >= 2 && fallback.startsWith("'") && fallback.endsWith("'")
                ? fallback.substring(1, fallback.length() - 1) : null;
    }

    /** IAM wildcard matching: {@code *} any run of characters, {@code ?} any one character. */
    static boolean matches(String pattern, String value) {
        if (pattern.equals("*")) return true;
        if (pattern.indexOf('*') < 0 && pattern.indexOf('?') < 0) return pattern.equals(value);
        StringBuilder regex = new StringBuilder();
        for (char ch : pattern.toCharArray()) {
            if (ch == '*') regex.append(".*");
            else if (ch == '?') regex.append('.');
            else regex.append(Pattern.quote(String.valueOf(ch)));
        }
        return Pattern.matches(regex.toString(), value);
    }
}
