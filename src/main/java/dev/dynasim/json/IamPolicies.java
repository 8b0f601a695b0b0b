package dev.dynasim.json;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.dynasim.engine.iam.Condition;
import dev.dynasim.engine.iam.ConditionOperator;
import dev.dynasim.engine.iam.Effect;
import dev.dynasim.engine.iam.Policy;
import dev.dynasim.engine.iam.Statement;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

/**
 * IAM identity policies in IAM's JSON policy language: {@code Version}, and {@code Statement} (one
 * object or an array) with {@code Sid}, {@code Effect} ("Allow" or "Deny"), {@code Action} and
 * {@code Resource} (a string or an array) and {@code Condition} ({"operator": {"key": value or array}}).
 * A bad policy gets a message naming the field, including a condition operator dynasim does not
 * model (see {@link ConditionOperator}) and {@code dynamodb:LeadingKeys} used without
 * {@code ForAllValues:} (facts I3).
 */
public final class IamPolicies {
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private IamPolicies() {
    }

    /** The policy in {@code json}, known by {@code arn}. */
    public static Policy parse(String json, String arn) {
        JsonNode root;
        try {
            root = MAPPER.readTree(json);
        } catch (JsonProcessingException e) {
            throw new ScenarioFileException(arn + ": not valid JSON: " + e.getOriginalMessage());
        }
        if (root == null || !root.isObject()) throw new ScenarioFileException(arn + ": a policy is a JSON object");
        Fields f = Fields.of(arn, "", root).known("Version", "Id", "Statement");
        JsonNode statements = root.get("Statement");
        if (statements == null) throw f.fail("Statement", "is required");
        List<Statement> out = new ArrayList<>();
        if (statements.isObject()) {
            out.add(statement(Fields.of(arn, "Statement", statements)));
        } else {
            for (Fields.Element e : f.array("Statement")) out.add(statement(Fields.of(arn, e.path(), e.node())));
        }
        return new Policy(arn, out);
    }

    private static Statement statement(Fields f) {
        f.known("Sid", "Effect", "Action", "Resource", "Condition");
        Effect effect = f.choice("Effect", List.of("Allow", "Deny")).equals("Allow") ? Effect.ALLOW : Effect.DENY;
        List<String> actions = strings(f, "Action");
        List<String> resources = strings(f, "Resource");
        List<Condition> conditions = new ArrayList<>();
        JsonNode c = f.raw("Condition");
        if (c != null) {
            if (!c.isObject()) throw f.fail("Condition", "must be an object of operators");
            for (Iterator<Map.Entry<String, JsonNode>> ops = c.fields(); ops.hasNext(); ) {
                conditions.addAll(operator(f, ops.next()));
            }
        }
        return new Statement(f.optString("Sid", null), effect, actions, resources, conditions);
    }

    /** The conditions under one operator, e.g. {@code "ForAllValues:StringEquals": {"dynamodb:LeadingKeys": [...]}}. */
    private static List<Condition> operator(Fields f, Map.Entry<String, JsonNode> op) {
        String field = "Condition." + op.getKey();
        try {
            ConditionOperator.parse(op.getKey());
        } catch (IllegalArgumentException e) {
            throw f.fail(field, e.getMessage());
        }
        if (!op.getValue().isObject()) throw f.fail(field, "must map condition keys to values");
        List<Condition> out = new ArrayList<>();
        for (Iterator<Map.Entry<String, JsonNode>> keys = op.getValue().fields(); keys.hasNext(); ) {
            Map.Entry<String, JsonNode> key = keys.next();
            List<String> values = new ArrayList<>();
            for (JsonNode v : key.getValue().isArray() ? key.getValue() : List.of(key.getValue())) {
                if (!v.isValueNode() || v.isNull()) {
                    throw f.fail(field + "." + key.getKey(), "must be a string or an array of strings");
                }
                values.add(v.asText());
            }
            try {
                out.add(new Condition(op.getKey(), key.getKey(), values));
            } catch (IllegalArgumentException e) {
                throw f.fail(field + "." + key.getKey(), e.getMessage());
            }
        }
        return out;
    }

    private static List<String> strings(Fields f, String field) {
        JsonNode v = f.raw(field);
        if (v == null) throw f.fail(field, "is required");
        List<String> out = new ArrayList<>();
        if (v.isTextual()) {
            out.add(v.asText());
        } else if (v.isArray() && !v.isEmpty()) {
            for (JsonNode s : v) {
                if (!s.isTextual()) throw f.fail(field, "must be a string or an array of strings");
                out.add(s.asText());
            }
        } else {
            throw f.fail(field, "must be a string or a non-empty array of strings");
        }
        return out;
    }
}
