package dev.dynasim.engine.iam;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Evaluates a principal's identity-based policies for one request, the IAM way (I4): everything is
 * implicitly denied; a statement whose action, resource and conditions all match applies; any
 * applicable Deny wins over every Allow; the order of policies and statements does not matter.
 * Actions match case-insensitively, resources case-sensitively, both with {@code *} and {@code ?}
 * wildcards. Policy variables {@code ${aws:userid}} and {@code ${aws:username}} are replaced in
 * resources and condition values.
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

    private static boolean applies(Statement s, Principal principal, AccessRequest request) {
        boolean action = false;
        for (String a : s.actions()) action |= matches(a.toLowerCase(Locale.ROOT), request.action().toLowerCase(Locale.ROOT));
        if (!action) return false;
        boolean resource = false;
        for (String r : s.resources()) resource |= matches(substitute(r, principal), request.resource());
        if (!resource) return false;
        for (Condition c : s.conditions()) if (!holds(c, principal, request.context())) return false;
        return true;
    }

    /**
     * Whether a condition holds. Single-valued operators hold when the key has a value matching one
     * of the condition's values (a missing key never matches); {@code ForAllValues:} holds when every
     * value of the key matches one of them (true when the key has none); {@code ForAnyValue:} when at
     * least one does. Unknown operators never hold (a safe default: the statement does not apply).
     */
    static boolean holds(Condition c, Principal principal, Map<String, List<String>> context) {
        String op = c.operator();
        boolean forAll = op.startsWith("ForAllValues:");
        boolean forAny = op.startsWith("ForAnyValue:");
        String base = forAll || forAny ? op.substring(op.indexOf(':') + 1) : op;
        boolean like = base.equals("StringLike");
        if (!like && !base.equals("StringEquals")) return false;
        List<String> actual = context.getOrDefault(c.key(), List.of());
        if (forAll) {
            for (String v : actual) if (!matchesAny(c, principal, v, like)) return false;
            return true;
        }
        for (String v : actual) if (matchesAny(c, principal, v, like)) return true;
        return false;
    }

    private static boolean matchesAny(Condition c, Principal principal, String actual, boolean like) {
        for (String expected : c.values()) {
            String e = substitute(expected, principal);
            if (like ? matches(e, actual) : e.equals(actual)) return true;
        }
        return false;
    }

    private static String substitute(String text, Principal principal) {
        if (!text.contains("${")) return text;
        return text.replace("${aws:userid}", principal.userId() == null ? "" : principal.userId())
                .replace("${aws:username}", principal.userName() == null ? "" : principal.userName());
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
